"""A leader's path through the demo course in the running stack, on a phone (375 px): sign up,
sign in from the mailed link, watch the captioned video, write the reflection, answer the quiz
with the keyboard alone, see the progress bar move, come back where they stopped; a used and
an expired link each say so in Danish and offer a new one. axe on every page on the way."""

import re

import pytest

from tests.browser import assert_accessible
from tests.journeys.test_event_registration import wait_for_mail

pytestmark = pytest.mark.browser

LEADER = "kursist@kommune.dk"
COURSE = "/e-kurser/ledere-der-laerer-sammen/"

# A sign-in link for the leader made two hours ago (the links work for one).
EXPIRED_LINK = """
import json, time
from unittest import mock
from courses.models import Participant
from courses.tasks import sign_in_url
participant = Participant.objects.get(email="kursist@kommune.dk")
with mock.patch("time.time", return_value=time.time() - 2 * 60 * 60):
    print(json.dumps(sign_in_url(participant)))
"""


def sign_in_link(message):
    text = message.get_body(("plain",)).get_content()
    return re.search(r"https?://\S+/kursusdeltager/log-ind/\S+/", text).group()


def course_progress(page):
    return int(page.locator("#kursus-fremdrift").get_attribute("value"))


def focused(page):
    return page.evaluate("document.activeElement.id || document.activeElement.textContent")


def tab_to(page, element_id, presses=80):
    """Tab (and, inside a group of radio buttons, the arrow keys) until the element has the
    focus: the way a keyboard user gets there."""
    for _ in range(presses):
        if focused(page) == element_id:
            return
        radio_group = page.evaluate(
            "document.activeElement.type === 'radio' && document.activeElement.name"
        )
        target_name = page.locator(f"#{element_id}").get_attribute("name")
        page.keyboard.press("ArrowDown" if radio_group == target_name else "Tab")
    raise AssertionError(f"{element_id} fik aldrig fokus med tastaturet")


def tab_to_button(page, text, presses=10):
    for _ in range(presses):
        page.keyboard.press("Tab")
        if focused(page) == text:
            return
    raise AssertionError(f"knappen »{text}« fik aldrig fokus med tastaturet")


def quiz_answer_ids(page, question, answers):
    """The ids of the named answers of one question, read from the labels."""
    fieldset = page.locator("fieldset", has=page.get_by_text(question, exact=True))
    return [fieldset.locator("label", has_text=answer).get_attribute("for") for answer in answers]


def test_a_leader_takes_the_course_on_a_phone(dev_stack, page, mailbox):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(dev_stack.url + COURSE)
    assert_accessible(page)

    signup = page.locator("#tilmeld form").first
    signup.get_by_label("Navn").fill("Karin Kursist")
    signup.get_by_label("E-mail").fill(LEADER)
    signup.get_by_label("Organisation").fill("Vejle Kommune")
    signup.get_by_role("button", name="Tilmeld mig").click()
    page.get_by_role("heading", name="Tjek din e-mail").wait_for()
    assert_accessible(page)

    link = sign_in_link(wait_for_mail(mailbox, LEADER, "Dit link til e-kurset"))
    page.goto(link)
    page.get_by_role("heading", name="Log ind på e-kurset").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(dev_stack.url + COURSE)
    assert course_progress(page) == 0
    assert_accessible(page)

    page.get_by_role("link", name="Begynd kurset").click()
    page.get_by_role("heading", name="Velkommen til kurset", level=1).wait_for()
    track = page.locator("video track[kind=captions]")
    assert track.count() == 1 and track.get_attribute("srclang") == "da"
    assert course_progress(page) == 1  # nothing to do here but watch and read
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("^Næste: Hvad vil I med gruppen")).click()
    page.get_by_label("Dit svar").fill("At blive klogere på min egen ledelse.")
    page.get_by_role("button", name="Gem mit svar").click()
    page.get_by_text("Dit svar er gemt.").wait_for()
    assert page.get_by_label("Dit svar").input_value() == "At blive klogere på min egen ledelse."
    assert course_progress(page) == 2
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("^Næste: Aftaler for møderne")).click()
    page.get_by_role("heading", name="Quiz").wait_for()
    [radio] = quiz_answer_ids(
        page, "Hvad er en god aftale for gruppens møder?", ["At alle kommer forberedt"]
    )
    checkboxes = quiz_answer_ids(
        page,
        "Hvilke to hører til fortrolighed i gruppen?",
        ["Det, der siges, bliver i gruppen", "Man spørger, før man deler andres historier"],
    )
    page.locator("body").focus()
    for answer in [radio, *checkboxes]:
        tab_to(page, answer)
        if not page.locator(f"#{answer}").is_checked():
            page.keyboard.press("Space")
    tab_to_button(page, "Svar på quizzen")
    page.keyboard.press("Enter")
    page.get_by_text("Du fik 100 % rigtige.").wait_for()
    assert "»At alle kommer forberedt«: Ja: forberedelse giver bedre møder." in page.content()
    assert course_progress(page) == 3
    assert_accessible(page)

    page.goto(dev_stack.url + COURSE)
    assert course_progress(page) == 3
    page.get_by_role("link", name="Fortsæt hvor du slap").click()
    page.get_by_role("heading", name="Den gode sparring", level=1).wait_for()
    assert_accessible(page)

    page.goto(link)  # the link again: it worked once
    page.get_by_role("heading", name="Linket virker ikke").wait_for()
    page.get_by_text("Linket er allerede brugt.").wait_for()
    assert_accessible(page)
    page.get_by_role("textbox", name="E-mail", exact=True).fill(LEADER)
    page.get_by_role("button", name="Send mig et nyt link").click()
    page.get_by_role("heading", name="Tjek din e-mail").wait_for()

    page.goto(dev_stack.shell(EXPIRED_LINK))
    page.get_by_role("heading", name="Linket virker ikke").wait_for()
    page.get_by_text("Linket er udløbet.").wait_for()
    page.get_by_role("button", name="Send mig et nyt link").wait_for()
    assert_accessible(page)
