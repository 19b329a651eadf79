"""The newsletter pages in a real browser against the served demo site, at 320 px."""

import pytest

from tests.browser import assert_accessible, horizontal_overflow
from tests.newsletter.site_support import make_site_subscribers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tokens(demo_site):
    return make_site_subscribers(demo_site, "browser")


@pytest.fixture
def narrow(page):
    page.set_viewport_size({"width": 320, "height": 640})
    return page


def assert_fits_and_accessible(page):
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)


def test_signup_page(page, demo_site):
    page.goto(demo_site.url + "/nyhedsbrev/")
    assert page.get_by_role("checkbox", name="Væksthus for mellemledere").is_checked()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert_fits_and_accessible(page)


def test_signup_page_with_an_error_keeps_the_input(narrow, demo_site):
    narrow.goto(demo_site.url + "/nyhedsbrev/")
    main = narrow.get_by_role("main")
    main.get_by_label("Din e-mailadresse").fill("leder@kommune")
    main.get_by_role("button", name="Tilmeld").click()

    email = main.get_by_label("Din e-mailadresse")
    assert email.input_value() == "leder@kommune"
    assert email.get_attribute("aria-invalid") == "true"
    assert main.get_by_text("Skriv en gyldig e-mailadresse").is_visible()
    assert narrow.title().startswith("Fejl:")
    assert_fits_and_accessible(narrow)


def test_thanks_page(narrow, demo_site):
    narrow.goto(demo_site.url + "/nyhedsbrev/tak/")
    assert narrow.get_by_role("heading", level=1).inner_text().startswith("Tak! Tjek din indbakke")
    assert_fits_and_accessible(narrow)


def test_confirm_page(narrow, demo_site, tokens):
    narrow.goto(f"{demo_site.url}/nyhedsbrev/bekraeft/{tokens['pending']['confirm']}/")
    assert narrow.get_by_role("heading", level=1).inner_text() == "Bekræft din tilmelding"
    assert_fits_and_accessible(narrow)
    narrow.get_by_role("button", name="Ja, tilmeld mig nyhedsbrevet").click()
    assert "du er nu tilmeldt" in narrow.get_by_role("heading", level=1).inner_text()
    assert_fits_and_accessible(narrow)


def test_expired_or_unknown_link_page(narrow, demo_site):
    narrow.goto(demo_site.url + "/nyhedsbrev/bekraeft/findes-ikke/")
    assert narrow.get_by_role("heading", level=1).inner_text() == "Linket virker ikke"
    assert_fits_and_accessible(narrow)


def test_unsubscribe_page_and_its_button(narrow, demo_site, tokens):
    narrow.goto(f"{demo_site.url}/nyhedsbrev/afmeld/{tokens['leaving']['token']}/")
    assert_fits_and_accessible(narrow)

    narrow.get_by_role("button", name="Ja, afmeld mig").click()

    heading = narrow.get_by_role("heading", level=1)
    assert heading.inner_text() == "Du er nu afmeldt nyhedsbrevet"
    assert_fits_and_accessible(narrow)


def test_preferences_page(narrow, demo_site, tokens):
    narrow.goto(f"{demo_site.url}/nyhedsbrev/indstillinger/{tokens['staying']['preferences']}/")
    assert_fits_and_accessible(narrow)

    assert narrow.get_by_text("Vælger du ingen, får du alle tre.").first.is_visible()
    for checkbox in narrow.locator("input[name=sections]").all():
        checkbox.uncheck()
    narrow.get_by_role("button", name="Gem dine valg").click()

    # None chosen means all three, as the page says: saved, and shown as all three.
    assert narrow.get_by_text("Dine valg er gemt.").is_visible()
    checkboxes = narrow.locator("input[name=sections]").all()
    assert len(checkboxes) == 3
    assert all(checkbox.is_checked() for checkbox in checkboxes)
    assert_fits_and_accessible(narrow)


def test_compact_form_above_the_footer_of_the_home_page(narrow, demo_site):
    narrow.goto(demo_site.url + "/")
    box = narrow.get_by_role("region", name="Få nyhedsbrevet")
    assert_fits_and_accessible(narrow)

    box.get_by_label("Din e-mailadresse").fill("sidefod@kommune.dk")
    box.get_by_role("button", name="Tilmeld").click()

    assert narrow.url == demo_site.url + "/nyhedsbrev/tak/"
    assert narrow.get_by_role("heading", level=1).inner_text().startswith("Tak!")
