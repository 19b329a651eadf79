import re

import pytest

from tests.browser import assert_accessible, horizontal_overflow
from tests.lederweb.test_pages import CONTRACT_PAGES

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "forside": "/",
    "væksthusoversigt": "/vaeksthuse/",
    "væksthus": "/vaeksthuse/mellemledere/",
    "standardside": "/tilgaengelighedserklaering/",
    "kontaktside": "/kontakt/",
    "side ikke fundet": "/findes-ikke/",
    # The e-course and the surveys have no browser walk of their own.
    "e-kurser": "/e-kurser/",
    "e-kursus": "/e-kurser/ledere-der-laerer-sammen/",
    "e-kursus modul": "/e-kurser/ledere-der-laerer-sammen/modul-1/",
    "e-kursus lektion": "/e-kurser/ledere-der-laerer-sammen/modul-1/velkommen-til-kurset/",
    "spørgeskema": "/brugerundersoegelse-2014/",
}


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_types_have_no_wcag_violations(page, demo_site, path):
    page.goto(demo_site.url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", CONTRACT_PAGES.keys())
def test_pages_fit_a_320_pixel_screen(page, demo_site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + path)
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)


def test_skip_link_is_first_and_moves_focus_to_content(page, demo_site):
    page.goto(demo_site.url + "/vaeksthuse/topledere/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Gå til indhold"
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "indhold"


def test_pages_load_nothing_from_other_hosts(page, demo_site):
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.goto(demo_site.url + "/")
    page.wait_for_load_state("networkidle")
    assert hosts == {demo_site.url.split("/")[2]}


def test_static_files_have_hashed_names_and_long_cache(page, demo_site):
    response = page.goto(demo_site.url + "/")
    stylesheet = page.locator("link[rel=stylesheet]").get_attribute("href")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet)
    css = page.request.get(demo_site.url + stylesheet)
    assert css.ok
    assert "max-age=31536000" in css.headers["cache-control"]


def test_uploaded_images_are_cached_for_a_day(page, demo_site):
    page.goto(demo_site.url + "/")
    image = page.locator("main img[src^='/media/']").first.get_attribute("src")
    response = page.request.get(demo_site.url + image)
    assert response.ok
    assert set(response.headers["cache-control"].split(", ")) == {"public", "max-age=86400"}
