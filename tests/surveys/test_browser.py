"""The demo 2014 user survey answered in a real browser on the served site, on a 320-pixel
phone: axe on every step, "Side N af M", back and forward keeping the answers, a missing
answer's Danish message keeping what was typed, one page with the keyboard only, the same
without JavaScript, and a personal link resumed after the tab was closed."""

import json

import pytest

from tests.browser import accessibility_problems, horizontal_overflow
from tests.support import run_in_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SURVEY = "/brugerundersoegelse-2014/"
PHONE = {"width": 320, "height": 640}
THANKS = "Tak! Resultaterne bliver brugt i arbejdet med Lederweb i 2014."
MISSING_NUMBER = "Skriv et tal."
INVITE = """
import json
from surveys.models import Invitation, SurveyPage
survey = SurveyPage.objects.get(slug="brugerundersoegelse-2014")
invitation = Invitation.objects.create(survey=survey, email="{email}")
print(json.dumps(invitation.token))
"""


def check(page, progress=None):
    """axe finds nothing, the page fits the phone, and the progress is as expected."""
    assert accessibility_problems(page) == [], page.url
    assert horizontal_overflow(page) <= 0, page.url
    if progress:
        assert page.locator(".survey-progress").inner_text() == progress


def new_page(browser, **options):
    context = browser.new_context(locale="da-DK", viewport=PHONE, **options)
    return context, context.new_page()


def role(page, name):
    return page.get_by_role("group", name="Hvilken slags leder er du?").get_by_label(name)


def answer_page_one(page):
    role(page, "Mellemleder").check()
    page.get_by_role("group", name="Hvor er du leder?").get_by_label("Kommune").check()


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return [e.tagName, e.name || '', e.value || '', e.textContent.trim()]; }"
    )


def tab_to(page, predicate, limit=80):
    """Presses Tab until the focused element is the one wanted; what it is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if predicate(element):
            return element
    raise AssertionError(f"Tab nåede ikke frem; fokus på {focused(page)}")


def test_the_user_survey_on_a_phone_with_back_forward_an_error_and_the_keyboard(browser, demo_site):
    context, page = new_page(browser)
    try:
        page.goto(demo_site.url + SURVEY)
        check(page, "Side 1 af 2")

        # Page 1 with the keyboard only: into the role group, pick, on to the sector, the button.
        tab_to(page, lambda e: e[1] == "rolle")
        page.keyboard.press("ArrowDown")  # moves to the second role and selects it
        assert focused(page)[:3] == ["INPUT", "rolle", "Mellemleder"]
        tab_to(page, lambda e: e[1] == "sektor")
        page.keyboard.press("Space")
        assert focused(page)[:3] == ["INPUT", "sektor", "Kommune"]
        tab_to(page, lambda e: e[0] == "BUTTON")
        assert focused(page)[3] == "Næste side", "the first button Tab reaches goes forward"
        # The key submits the form: wait for that navigation, not for the page already loaded.
        with page.expect_navigation():
            page.keyboard.press("Enter")
        check(page, "Side 2 af 2")

        # Page 2 without the required number: a Danish message, and what was typed stays.
        page.get_by_label("Telefon", exact=True).check()
        page.get_by_label("Hvad leder du oftest efter?").fill("Artikler om trivsel")
        page.get_by_role("button", name="Send svar").click()
        check(page, "Side 2 af 2")
        assert page.title().startswith("Fejl: ")
        number = page.get_by_label("Hvor mange gange om måneden besøger du Lederweb?")
        assert MISSING_NUMBER in page.get_by_role("main").inner_text()
        assert number.get_attribute("aria-invalid") == "true"
        assert page.get_by_label("Telefon", exact=True).is_checked()
        assert page.get_by_label("Hvad leder du oftest efter?").input_value() == (
            "Artikler om trivsel"
        )

        # Back keeps page 1's answers; forward again keeps page 2's.
        page.get_by_role("button", name="Forrige side").click()
        check(page, "Side 1 af 2")
        assert role(page, "Mellemleder").is_checked()
        page.get_by_role("button", name="Næste side").click()
        check(page, "Side 2 af 2")
        assert page.get_by_label("Telefon", exact=True).is_checked()
        assert page.get_by_label("Hvad leder du oftest efter?").input_value() == (
            "Artikler om trivsel"
        )

        number.fill("8")
        page.get_by_role("button", name="Send svar").click()
        check(page)
        assert THANKS in page.get_by_role("main").inner_text()
    finally:
        context.close()


def test_the_user_survey_without_javascript(browser, demo_site):
    context, page = new_page(browser, java_script_enabled=False)
    try:
        page.goto(demo_site.url + SURVEY)
        assert page.locator(".survey-progress").inner_text() == "Side 1 af 2"
        page.get_by_role("button", name="Næste side").click()
        assert "Vælg et svar." in page.get_by_role("main").inner_text()
        answer_page_one(page)
        page.get_by_role("button", name="Næste side").click()
        assert page.locator(".survey-progress").inner_text() == "Side 2 af 2"
        page.get_by_label("Computer", exact=True).check()
        page.get_by_label("Hvor mange gange om måneden besøger du Lederweb?").fill("3")
        page.get_by_role("button", name="Forrige side").click()
        assert role(page, "Mellemleder").is_checked()
        page.get_by_role("button", name="Næste side").click()
        assert page.get_by_label("Computer", exact=True).is_checked()
        page.get_by_role("button", name="Send svar").click()
        assert THANKS in page.get_by_role("main").inner_text()
    finally:
        context.close()


def test_a_personal_link_resumes_after_the_tab_is_closed_and_is_used_once(browser, demo_site):
    token = run_in_site(demo_site, INVITE.format(email="leder.browser@kl.dk"))
    link = f"{demo_site.url}{SURVEY}{token}/"

    context, page = new_page(browser)
    try:
        page.goto(link)
        answer_page_one(page)
        page.get_by_role("button", name="Næste side").click()
        check(page, "Side 2 af 2")
    finally:
        context.close()  # the tab closed mid-survey

    context, page = new_page(browser)
    try:
        page.goto(link)
        check(page, "Side 1 af 2")
        assert role(page, "Mellemleder").is_checked()
        assert (
            page.get_by_role("group", name="Hvor er du leder?").get_by_label("Kommune").is_checked()
        )
        page.get_by_role("button", name="Næste side").click()
        page.get_by_label("Tablet", exact=True).check()
        page.get_by_label("Hvor mange gange om måneden besøger du Lederweb?").fill("12")
        page.get_by_role("button", name="Send svar").click()
        assert THANKS in page.get_by_role("main").inner_text()

        page.goto(link)
        check(page)
        main = page.get_by_role("main").inner_text()
        assert "Der er allerede svaret via dette personlige link." in main
        assert page.get_by_role("button", name="Næste side").count() == 0
    finally:
        context.close()
    used = run_in_site(
        demo_site,
        "import json; from surveys.models import Invitation; "
        f"i = Invitation.objects.get(token={json.dumps(token)}); "
        "print(json.dumps([i.used, i.draft]))",
    )
    assert used == [True, None]
