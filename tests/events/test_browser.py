import pytest

from tests.browser import assert_accessible, horizontal_overflow

# django_db: pytest-django creates the test database (which demo_site copies) only for a run
# in which some test asks for it, so this file also works when run alone.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

INDEX = "/arrangementer/"
UPCOMING = "/arrangementer/erfaringsdag-for-projektledere/"
PAST_WITH_REPORT = "/arrangementer/vaeksthusdagen-2013/"


@pytest.mark.parametrize("path", [INDEX, UPCOMING, PAST_WITH_REPORT])
def test_event_pages_have_no_wcag_violations(page, demo_site, path):
    page.goto(demo_site.url + path)
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_registration_errors_are_shown_accessibly(page, demo_site):
    page.goto(demo_site.url + UPCOMING)
    form = page.locator("#tilmelding form")
    form.get_by_label("E-mail").fill("ikke-en-adresse")
    form.get_by_role("button", name="Tilmeld mig").click()

    form = page.locator("#tilmelding form")
    assert form.get_by_role("alert").get_by_text("Tilmeldingen er ikke sendt").is_visible()
    email = form.get_by_label("E-mail")
    assert email.input_value() == "ikke-en-adresse"
    assert email.get_attribute("aria-invalid") == "true"
    described = page.locator("#id_email_error")
    assert described.text_content() == "Fejl: Skriv en gyldig e-mailadresse, fx navn@kommune.dk."
    assert_accessible(page)


@pytest.mark.parametrize("path", [INDEX, UPCOMING, PAST_WITH_REPORT])
def test_event_pages_fit_a_320_pixel_screen(page, demo_site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + path)
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)
