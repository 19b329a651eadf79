"""The search in a real browser: WCAG 2.1 AA (axe) on the search page and its results, at full
width and at 320 px, the suggestions as a keyboard-only reader uses them, and the whole search
without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import assert_accessible_at_full_width_and_320

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SEARCH_PAGES = {
    "tom": "/soeg/",
    "resultater": "/soeg/?q=ledelse",
    "filtreret": "/soeg/?q=ledelse&type=artikel&vaeksthus=3&aar=2013",
    "stavefejl": "/soeg/?q=frivilige",
    "intet fundet": "/soeg/?q=xylofonkvartet&type=udgivelse",
}


@pytest.mark.parametrize("path", SEARCH_PAGES.values(), ids=SEARCH_PAGES.keys())
def test_search_pages_are_accessible_and_fit_320_pixels(page, demo_site, path):
    page.goto(demo_site.url + path)
    assert_accessible_at_full_width_and_320(page)


def focus_header_search_by_keyboard(page):
    """Tab to the search button in the header, open it with Enter, and Tab into its field."""
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.header-search') !== null"):
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.id") == "header-search"
            return page.locator("#header-search")
    raise AssertionError("søgefeltet i toppen kan ikke nås med tabulatortasten")


def test_keyboard_only_suggestions_lead_to_the_page(page, demo_site):
    page.goto(demo_site.url + "/vaeksthuse/")
    field = focus_header_search_by_keyboard(page)
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "false")
    page.keyboard.type("frivil", delay=40)
    listbox = page.locator("#" + field.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    count = options.count()
    assert count >= 2
    status = field.locator("xpath=..").get_by_role("status")
    expect(status).to_have_text(re.compile(f"^{count} forslag"))

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = options.nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    assert page.evaluate("document.activeElement.id") == "header-search"  # focus stays put
    page.keyboard.press("ArrowUp")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowUp")  # from the first to the last
    expect(options.nth(count - 1)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    title = first.locator(".search-suggestions__title").inner_text()
    url = first.get_attribute("data-url")
    page.keyboard.press("Enter")
    page.wait_for_url(demo_site.url + url)
    expect(page.locator("h1")).to_have_text(title)


def test_the_open_suggestions_are_accessible_and_escape_closes_them(page, demo_site):
    page.goto(demo_site.url + "/soeg/")
    field = page.get_by_label("Søg efter")
    field.press_sequentially("innov", delay=40)
    listbox = page.locator("#" + field.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    page.keyboard.press("ArrowDown")
    assert_accessible_at_full_width_and_320(page)
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    assert field.get_attribute("aria-activedescendant") is None
    assert field.input_value() == "innov"
    page.keyboard.press("Enter")  # no suggestion chosen: the form searches
    page.wait_for_url(re.compile(r"/soeg/\?q=innov"))
    expect(page).to_have_title("Søgning: innov | Lederweb")


def test_searching_works_without_javascript(browser, demo_site):
    context = browser.new_context(locale="da-DK", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_site.url + "/artikler/")
        page.locator(".header-search summary").click()
        field = page.get_by_role("search", name="Søg på Lederweb").get_by_label("Søgeord")
        assert field.get_attribute("role") is None  # a plain search field
        field.fill("frivilige")
        field.press("Enter")
        page.wait_for_url(re.compile(r"/soeg/\?q=frivilige"))
        expect(page.get_by_role("link", name="frivillige", exact=True)).to_be_visible()
        assert (
            "Frivillige skal også ledes" in page.locator(".search-result__title").all_inner_texts()
        )

        page.get_by_label("Type").select_option("udgivelse")
        page.get_by_role("button", name="Vis resultater").click()
        page.wait_for_url(re.compile(r"type=udgivelse"))
        expect(page.locator(".search-result__title")).to_have_text(["Ledelse af frivillige"])
    finally:
        context.close()
