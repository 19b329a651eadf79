"""The e-course in a real browser: axe on every course page type, and one participant's walk
through a lesson and its quiz with the keyboard alone."""

import pytest

from tests.browser import accessibility_problems, horizontal_overflow
from tests.support import run_in_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

COURSE = "/e-kurser/ledere-der-laerer-sammen/"
QUIZ_LESSON = COURSE + "modul-1/aftaler-for-moederne/"

# A participant in the served site's own database, and a sign-in link back to the lesson.
SIGN_IN_LINK = f"""
import json
from django.urls import reverse
from courses.models import Participant
from courses.signin import make_link_token
participant, _ = Participant.objects.get_or_create(
    email="tastatur@aarhus.dk", defaults={{"name": "Tove Tastatur", "organisation": "Aarhus"}}
)
print(json.dumps(reverse("courses:sign_in", args=[make_link_token(participant, {QUIZ_LESSON!r})])))
"""


def tab_to(page, locator, presses=80):
    """Presses Tab until `locator` has the focus, as a keyboard user moves through the page."""
    target = locator.element_handle()
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("element => document.activeElement === element", target):
            return
    raise AssertionError(f"nåede ikke {locator} med Tab")


def check_page(page, problems, name):
    problems += [f"{name}: {problem}" for problem in accessibility_problems(page)]
    if horizontal_overflow(page) > 0:
        problems.append(f"{name}: bredere end skærmen")


def test_a_participant_signs_in_and_takes_a_lesson_and_its_quiz_by_keyboard(page, demo_site):
    page.set_viewport_size({"width": 375, "height": 800})
    problems = []
    for name, path in [
        ("oversigt", "/e-kurser/"),
        ("kursus", COURSE),
        ("modul", COURSE + "modul-1/"),
        ("lektion med video", COURSE + "modul-1/velkommen-til-kurset/"),
        ("lektion med quiz", QUIZ_LESSON),
        ("nyt link", "/kursusdeltager/nyt-link/"),
    ]:
        page.goto(demo_site.url + path)
        check_page(page, problems, name)
    assert page.locator("video track[kind=captions]").count() == 0  # the quiz lesson has none

    page.goto(demo_site.url + run_in_site(demo_site, SIGN_IN_LINK))
    check_page(page, problems, "log ind")
    tab_to(page, page.get_by_role("button", name="Log ind"))
    page.keyboard.press("Enter")
    page.wait_for_url("**" + QUIZ_LESSON)
    assert page.get_by_text("lektioner gennemført").first.is_visible()  # signed in: progress
    check_page(page, problems, "lektion, logget ind")

    quiz = page.locator("#quiz form")
    tab_to(page, quiz.get_by_label("At alle kommer forberedt"))
    page.keyboard.press("Space")
    for answer in (
        "Det, der siges, bliver i gruppen",
        "Man spørger, før man deler andres historier",
    ):
        tab_to(page, quiz.get_by_label(answer))
        page.keyboard.press("Space")
    tab_to(page, quiz.get_by_role("button", name="Svar på quizzen"))
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    result = page.get_by_role("status").filter(has_text="Du fik")
    assert "Du fik 100 % rigtige" in result.inner_text()
    assert "Ja: forberedelse giver bedre møder." in result.inner_text()
    check_page(page, problems, "quiz besvaret")

    for name, path in [
        ("kursus, logget ind", COURSE),
        ("mine oplysninger", "/kursusdeltager/mine-oplysninger/"),
    ]:
        page.goto(demo_site.url + path)
        check_page(page, problems, name)
    page.goto(demo_site.url + COURSE)
    page.get_by_label("Gruppens navn").fill("Team Tastatur")
    page.get_by_role("button", name="Start en ledergruppe").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Team Tastatur").is_visible()
    check_page(page, problems, "ledergruppe")
    assert not problems, "\n".join(problems)
