"""Visual regression: every page type at 375, 768 and 1366 px looks as its committed baseline
(tests/screenshots/baselines/, made by `make screenshots`). A page whose share of differing
pixels passes capture.SHARE fails; its shot and a picture of the differences are left in
var/visual/. After a change to the look made on purpose: `make screenshots`, look at the
pictures, commit them."""

import pytest
from PIL import Image

from tests.screenshots.capture import (
    BASELINES,
    FAILURES,
    PAGE_TYPES,
    SCREENS,
    SHARE,
    differing_share,
    file_stem,
    open_page,
    reduced,
    shoot,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def screen(browser):
    context = browser.new_context(locale="da-DK")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("width", SCREENS)
def test_every_page_type_looks_as_its_baseline(screen, demo_site, width):
    FAILURES.mkdir(parents=True, exist_ok=True)
    differing = {}
    for name, path in PAGE_TYPES.items():
        stem = file_stem(name, width)
        baseline = BASELINES / f"{stem}.png"
        assert baseline.exists(), f"{baseline} mangler: kør make screenshots"
        clip = open_page(screen, demo_site.url + path, width)
        shot = shoot(screen, clip, masked=True)
        share, picture = differing_share(Image.open(baseline), reduced(shot))
        if share > SHARE:
            (FAILURES / f"{stem}-actual.png").write_bytes(shot)
            picture.save(FAILURES / f"{stem}-diff.png")
            differing[name] = f"{share:.2%}"
    assert not differing, (
        f"sider, der ser anderledes ud end deres baseline ved {width} px (andel af pixels): "
        f"{differing}; se {FAILURES}/*-diff.png, og kør make screenshots, hvis det er meningen"
    )
