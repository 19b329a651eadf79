"""`make screenshots`: every page type of the demo site, served as in production, at a phone's,
a tablet's and a desktop's width: the README's gallery in docs/screenshots/ (JPEG) and the
visual-regression baselines in tests/screenshots/baselines/ (PNG, what changes from day to day
painted over; test_visual.py compares with them). Not a test module (the name does not match
test_*.py): it runs only when named, as `make screenshots` does."""

import pytest

from tests.screenshots.capture import (
    BASELINES,
    GALLERY,
    PAGE_TYPES,
    SCREENS,
    file_stem,
    open_page,
    save_baseline,
    shoot,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("width", SCREENS)
def test_screenshots_of_every_page_type(browser, demo_site, width):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    GALLERY.mkdir(parents=True, exist_ok=True)
    BASELINES.mkdir(parents=True, exist_ok=True)
    try:
        for name, path in PAGE_TYPES.items():
            clip = open_page(page, demo_site.url + path, width)
            picture = GALLERY / f"{file_stem(name, width)}.jpg"
            shoot(page, clip, path=picture, type="jpeg", quality=60)
            baseline = BASELINES / f"{file_stem(name, width)}.png"
            save_baseline(shoot(page, clip, masked=True), baseline)
            assert picture.stat().st_size > 0 and baseline.stat().st_size > 0
    finally:
        context.close()
