"""A leader's path through an event in the running stack: sign up, confirm the address from
the mail, get the calendar file, cancel; the first on the waiting list gets the place and a
mail. At 320 px with axe on each page the leader sees."""

import re

import pytest

from tests.browser import assert_accessible
from tests.support import wait_until

pytestmark = pytest.mark.browser

LEADER = "leder@kommune.dk"
NEXT_IN_LINE = "naeste@kommune.dk"

# One place, so the second leader goes on the waiting list.
CREATE_EVENT = """
import datetime, json
from django.utils import timezone
from events.models import EventIndexPage, EventPage
index = EventIndexPage.objects.get()
start = timezone.now() + datetime.timedelta(days=20)
event = EventPage(title="Rejseholdets temadag", slug="rejseholdets-temadag", start=start,
                  end=start + datetime.timedelta(hours=3), venue_name="KL", capacity=1)
index.add_child(instance=event)
event.save_revision().publish()
print(json.dumps(event.url))
"""


def mails(mailbox, to, subject_start):
    return [
        message
        for recipients, message in list(mailbox.messages)
        if to in recipients and message["Subject"].strip().startswith(subject_start)
    ]


def wait_for_mail(mailbox, to, subject_start):
    wait_until(lambda: mails(mailbox, to, subject_start), 60, f"»{subject_start}« til {to}")
    return mails(mailbox, to, subject_start)[0]


def link(message, route):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://\S+/{route}/\S+/", text).group()


def sign_up(page, url, name, email):
    page.goto(url)
    form = page.locator("#tilmelding form")
    form.locator("#id_name").fill(name)
    form.locator("#id_organisation").fill("Vejle Kommune")
    form.locator("#id_email").fill(email)
    form.locator("button[type=submit]").click()
    page.get_by_role("heading", name="Bekræft din tilmelding").wait_for()


def test_a_leader_signs_up_confirms_and_cancels(dev_stack, page, mailbox):
    event_url = dev_stack.url + dev_stack.shell(CREATE_EVENT)
    page.set_viewport_size({"width": 320, "height": 640})

    page.goto(event_url)
    assert_accessible(page)
    sign_up(page, event_url, "Lene Leder", LEADER)
    assert_accessible(page)

    page.goto(link(wait_for_mail(mailbox, LEADER, "Bekræft din tilmelding"), "bekraeft"))
    assert_accessible(page)
    page.get_by_role("button", name="Bekræft tilmeldingen").click()
    page.get_by_role("heading", name="Du er tilmeldt").wait_for()
    assert_accessible(page)

    confirmed = wait_for_mail(mailbox, LEADER, "Du er tilmeldt")
    [ics] = [part for part in confirmed.iter_attachments() if part.get_filename().endswith(".ics")]
    assert "SUMMARY:Rejseholdets temadag" in ics.get_content()

    sign_up(page, event_url, "Niels Næste", NEXT_IN_LINE)
    page.goto(link(wait_for_mail(mailbox, NEXT_IN_LINE, "Bekræft din tilmelding"), "bekraeft"))
    page.get_by_role("button", name="Bekræft tilmeldingen").click()
    page.get_by_role("heading", name="Du er på venteliste").wait_for()

    page.goto(link(confirmed, "afmeld"))
    assert_accessible(page)
    page.get_by_role("button", name="Ja, afmeld mig").click()
    page.get_by_role("heading", name="Du er afmeldt").wait_for()
    assert_accessible(page)

    moved_up = wait_for_mail(mailbox, NEXT_IN_LINE, "Du er tilmeldt")
    assert "Der er blevet en plads ledig" in moved_up.get_body(("plain",)).get_content()
