"""The frame of every page in a real browser: on a 375 × 740 phone the header is one row and
the page's heading is in the first screen on every page type; the menu and the search are
disclosures that open without JavaScript; on a wide screen the menu stands in the row."""

import pytest
from playwright.sync_api import expect

from tests.lederweb.test_html_validity import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 375, "height": 740}


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(locale="da-DK", viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_the_heading_is_in_the_first_screen_of_a_phone(phone, demo_site, made_rows, name):
    phone.goto(demo_site.url + PAGES[name].format(**made_rows))
    heading = phone.locator("main h1").first
    expect(heading).to_be_visible()
    box = heading.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (name, box)
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= 70, f"the header is one row, not {header['height']} px"


def test_menu_and_search_open_without_javascript(browser, demo_site):
    context = browser.new_context(locale="da-DK", viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_site.url + "/artikler/")
        menu = page.get_by_role("navigation", name="Hovedmenu")
        expect(menu).to_be_hidden()
        page.get_by_text("Menu", exact=True).click()
        expect(menu.get_by_role("link", name="Udgivelser")).to_be_visible()
        page.locator(".header-search summary").click()  # one panel at a time
        expect(menu).to_be_hidden()
        field = page.get_by_role("search", name="Søg på Lederweb").get_by_label("Søgeord")
        field.fill("frivillige")
        field.press("Enter")
        page.wait_for_url("**/soeg/?q=frivillige")
        assert page.get_by_role("searchbox").count() == 1, "one search field on the search page"
    finally:
        context.close()


def test_the_menu_stands_in_the_header_on_a_wide_screen(page, demo_site):
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto(demo_site.url + "/")
    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    links = page.get_by_role("navigation", name="Hovedmenu").get_by_role("link")
    logo = page.get_by_role("link", name="Lederweb – Væksthus for Ledelse, til forsiden")
    row = logo.bounding_box()
    for n in range(links.count()):
        expect(links.nth(n)).to_be_visible()
        box = links.nth(n).bounding_box()
        assert row["y"] <= box["y"] + box["height"] / 2 <= row["y"] + row["height"]
