import pytest

from tests.browser import assert_accessible, horizontal_overflow

pytestmark = pytest.mark.browser

PUBLICATION = "/udgivelser/naervaerende-ledelse-paa-afstand/"
PAGE_TYPES = {
    "udgivelser": "/udgivelser/",
    "udgivelser filtreret": "/udgivelser/?vaeksthus=3&tema=frivillige",
    "udgivelse": PUBLICATION,
    "bestilling": PUBLICATION + "bestil/",
    "e-publikation": PUBLICATION + "laes/",
    "kapitel": PUBLICATION + "laes/2/",
}


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
@pytest.mark.parametrize("width", [320, 1280])
def test_publication_pages_are_accessible_and_fit_the_screen(page, demo_site, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(demo_site.url + path)
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)


def test_an_order_with_errors_shows_them_accessibly_and_keeps_the_input(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(demo_site.url + PUBLICATION)
    page.get_by_label("Navn").fill("Dorthe Demo")
    page.get_by_label("Organisation").fill("Demo Kommune")
    page.get_by_label("Postnummer").fill("123")
    page.get_by_label("Antal eksemplarer").fill("60")
    page.get_by_role("button", name="Bestil").click()

    page.wait_for_url("**/bestil/")
    assert page.get_by_role("alert").inner_text().startswith("Bestillingen er ikke sendt")
    postcode = page.get_by_label("Postnummer")
    assert postcode.get_attribute("aria-invalid") == "true"
    assert (
        "Skriv et dansk postnummer"
        in page.locator("#" + postcode.get_attribute("aria-describedby").split()[-1]).inner_text()
    )
    assert "skriv til sekretariatet" in page.locator("#id_quantity_error").inner_text()
    assert page.get_by_label("Organisation").input_value() == "Demo Kommune"
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)


def test_reading_edition_turns_pages_with_links_and_arrow_keys(page, demo_site):
    page.set_viewport_size({"width": 820, "height": 1180})  # a tablet held upright
    page.goto(demo_site.url + PUBLICATION + "laes/")
    page.get_by_role("link", name="Begynd at læse").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Når lederen ikke er i huset"

    page.get_by_role("link", name="Næste kapitel").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Tillid på afstand"

    page.keyboard.press("ArrowRight")
    page.wait_for_url("**/laes/3/")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**/laes/2/")
    assert page.get_by_role("heading", level=1).inner_text() == "Tillid på afstand"
