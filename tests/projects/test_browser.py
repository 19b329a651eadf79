import pytest

from tests.browser import assert_accessible_at_full_width_and_320

# django_db: pytest-django creates the test database (which `demo_site` copies) only when a
# collected test asks for it, so this module asks, to run on its own too.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

IDEAS = "/projekter/innovative-gaver/ideer/"
PAGE_TYPES = {
    "projektoversigt": "/projekter/?vaeksthus=3",
    "projekt": "/projekter/fra-medarbejder-til-leder/",
    "artikeloversigt": "/artikler/?vaeksthus=3&tema=findes-ikke",
    "artikel": "/artikler/traen-din-innovationsmuskel/",
    "værktøj": "/projekter/faa-mere-ud-af-dit-ledernetvaerk-ledere-der-laerer-sammen/"
    "ledere-der-laerer-sammen/",
    "idésamling": IDEAS,
    "idé": IDEAS + "2/",
    "forløb": "/projekter/fra-medarbejder-til-leder/forloebet/",
}


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_types_are_accessible_and_fit_320_pixels(page, demo_site, path):
    page.goto(demo_site.url + path)
    assert_accessible_at_full_width_and_320(page)


def test_filters_work_without_javascript_and_survive_the_back_button(browser, demo_site):
    context = browser.new_context(locale="da-DK", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_site.url + "/artikler/")
        page.get_by_label("Væksthus", exact=True).select_option("3")
        page.get_by_label("Tema", exact=True).select_option(label="Innovation")
        page.get_by_role("button", name="Vis artikler").click()
        assert "vaeksthus=3" in page.url and "tema=innovation" in page.url
        titles = page.locator(".card__title").all_inner_texts()
        assert titles == ["Her er den bedste idé til forandring", "Træn din innovationsmuskel"]
        page.go_back()
        assert page.url == demo_site.url + "/artikler/"
        page.go_forward()
        assert page.get_by_label("Tema", exact=True).input_value() == "innovation"
    finally:
        context.close()


def test_ideas_one_per_screen_with_previous_and_next(page, demo_site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(demo_site.url + IDEAS + "1/")
    assert page.get_by_text("Idé 1 af 25").is_visible()
    assert page.get_by_role("link", name="Forrige idé").count() == 0
    page.get_by_role("link", name="Næste idé").click()
    page.wait_for_url("**" + IDEAS + "2/")
    assert page.locator("h1").inner_text() == "Byt job for en dag"
    assert page.locator(".idea img").get_attribute("alt").startswith("Grafik til idé 2")
    page.keyboard.press("ArrowRight")
    page.wait_for_url("**" + IDEAS + "3/")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**" + IDEAS + "2/")
    page.get_by_role("link", name="Forrige idé").click()
    page.wait_for_url("**" + IDEAS + "1/")
    page.goto(demo_site.url + IDEAS + "25/")
    assert page.get_by_role("link", name="Næste idé").count() == 0
