"""In a real browser: the theme pages, "Mest læste" and the top menu are accessible (axe,
WCAG 2.1 AA) at full width and on a 320 pixel screen."""

import pytest

from tests.browser import assert_accessible, horizontal_overflow

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "temaoversigt": "/temaer/",
    "tema": "/temaer/innovation/",
    "tema-side-2": "/temaer/ledelse-paa-afstand/?side=2",
    "forside med mest læste": "/",
    "artikel med mest læste": "/artikler/traen-din-innovationsmuskel/",
}
WIDTHS = {"fuld bredde": 1280, "320 px": 320}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_pages_are_accessible(page, demo_site, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(demo_site.url + path)
    assert response.status == 200
    assert_accessible(page)
    assert horizontal_overflow(page) <= 0


def test_most_read_is_beside_the_article_and_below_it_on_a_phone(page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(demo_site.url + PAGES["artikel med mest læste"])
    box = page.get_by_role("heading", name="Mest læste")
    article = page.get_by_role("heading", level=1)
    assert box.is_visible() and page.locator(".most-read li").count() == 5
    assert box.bounding_box()["x"] > article.bounding_box()["x"] + 300, "beside the article"
    assert page.get_by_text("Læst", exact=False).first.is_visible()
    page.set_viewport_size({"width": 320, "height": 800})
    assert box.bounding_box()["y"] > article.bounding_box()["y"], "after it on a phone"


def test_the_menu_works_by_keyboard_on_a_320_pixel_screen(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + "/udgivelser/")
    for _ in range(5):  # the skip link, the logo, then the menu button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Menu":
            break
    page.keyboard.press("Enter")
    links = page.get_by_role("navigation", name="Hovedmenu").get_by_role("link")
    assert 1 <= links.count() <= 6
    names = [links.nth(n).inner_text() for n in range(links.count())]
    for n in range(links.count()):
        box = links.nth(n).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, names[n]
        assert box["height"] >= 24, "a target big enough to tap"
    focused = []
    for _ in range(len(names)):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert focused == names, "every entry, in order, right after the button"
    assert_accessible(page)
    current = page.locator('.main-menu a[aria-current="page"]')
    assert current.inner_text() == "Udgivelser"
