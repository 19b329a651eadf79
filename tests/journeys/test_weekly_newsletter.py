"""The secretariat's weekly newsletter in the running stack: beat composes the draft ahead
with an article, a publication and an event; the editor is told, previews it, sends a test to
a typed address, sends it, and the mail reaches a subscriber with all three items and links
that work, on a 320-pixel screen too."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.browser import assert_accessible_at_full_width_and_320
from tests.support import wait_until

pytestmark = pytest.mark.browser

LEADER = "journey-leder@kommune.dk"
TESTER = "journey-test@kommune.dk"

# New copies of a demo article, publication and event, published now; a subscriber; and the
# send settings moved so that the coming issue is due to be composed (the slot is tomorrow,
# the compose time a minute ago): beat composes it at its next run.
SET_UP = """
import datetime, json
from django.utils import timezone
from events.models import EventPage
from newsletter.planning import COPENHAGEN
from newsletter.models import SendSettings, Subscriber
from projects.models import ArticlePage
from publications.models import PublicationPage

def fresh(pages, title, slug):
    source = pages.live().public().first()
    copy = source.copy(update_attrs={"slug": slug, "title": title}, copy_revisions=False)
    copy.save_revision().publish()
    type(copy).objects.filter(pk=copy.pk).update(first_published_at=timezone.now())
    return copy.title

titles = [
    fresh(ArticlePage.objects, "Ugens artikel om tillid", "ugens-artikel-om-tillid"),
    fresh(PublicationPage.objects, "Ugens udgivelse om ledelse", "ugens-udgivelse-om-ledelse"),
    # An event still to come: one already held is no news (newsletter/planning.py).
    fresh(
        EventPage.objects.upcoming(timezone.now()),
        "Ugens arrangement for ledere",
        "ugens-arrangement-for-ledere",
    ),
]
Subscriber.objects.create(email=LEADER, status="active", confirmed_at=timezone.now())
now = timezone.now().astimezone(COPENHAGEN).replace(second=0, microsecond=0)
slot = now + datetime.timedelta(days=1, minutes=30)
config = SendSettings.load()
config.weekday = slot.weekday()
config.send_time = slot.time()
config.compose_days_before = 1
config.compose_time = (now - datetime.timedelta(minutes=1)).time()
config.save()
print(json.dumps({"titles": titles, "slot": slot.isoformat()}))
"""

COMPOSED = """
import datetime, json
from newsletter.models import Issue
issue = Issue.objects.filter(slot=datetime.datetime.fromisoformat(SLOT)).first()
print(json.dumps(issue and [issue.pk, issue.status, issue.subject]))
"""


def mails_to(mailbox, address):
    return [message for recipients, message in mailbox.messages if address in recipients]


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()


def test_the_weekly_issue_from_draft_to_inbox(dev_stack, editor_page, mailbox):
    state = dev_stack.shell(f"LEADER = {LEADER!r}\n{SET_UP}")
    titles = state["titles"]

    # Beat composes the draft within a minute or two, and the editors get a mail.
    composed = []
    wait_until(
        lambda: (
            composed.append(dev_stack.shell(f"SLOT = {state['slot']!r}\n{COMPOSED}"))
            or composed[-1]
        ),
        150,
        f"beat sammensatte ikke nyhedsbrevet:\n{dev_stack.log(tail=3000)}",
    )
    issue_pk, issue_status, subject = composed[-1]
    assert issue_status == "scheduled"
    wait_until(lambda: mails_to(mailbox, "admin@lederweb.invalid"), 60, "redaktøren fik ingen mail")
    [told] = mails_to(mailbox, "admin@lederweb.invalid")
    assert "klar til gennemsyn" in told["Subject"]
    assert f"/admin/nyhedsbreve/{issue_pk}/status/" in told.get_body().get_content()

    # The dashboard shows it; the status page leads to the preview.
    page = editor_page
    page.goto(dev_stack.url + "/admin/")
    page.locator(f"a[href='/admin/nyhedsbreve/{issue_pk}/status/']").first.click()
    page.wait_for_url(f"**/admin/nyhedsbreve/{issue_pk}/status/")
    status_url = page.url
    page.goto(dev_stack.url + f"/admin/nyhedsbreve/{issue_pk}/preview/")
    for title in titles:
        assert page.get_by_role("heading", name=title).count() == 1
        assert page.get_by_role("link", name=f"Læs mere om {title}").count() == 1

    # A test to a typed address; its unsubscribe link explains itself.
    page.goto(status_url)
    page.get_by_label("Send en test til").fill(TESTER)
    page.get_by_role("button", name="Send en test").click()
    page.get_by_text(f"Testmailen er sendt til {TESTER}").wait_for()
    wait_until(lambda: mails_to(mailbox, TESTER), 30, "testmailen kom ikke frem")
    [test_mail] = mails_to(mailbox, TESTER)
    assert test_mail["Subject"] == f"[Test] {subject}"
    unsubscribe = re.search(r'href="([^"]+/nyhedsbrev/afmeld/[^"]+)"', html_of(test_mail))[1]
    page.goto(unsubscribe)
    assert page.get_by_role("heading", name="Link fra en testmail").count() == 1
    assert_accessible_at_full_width_and_320(page)
    page.set_viewport_size({"width": 1280, "height": 800})

    # Send now: the confirmation names the recipients before anything is sent.
    page.goto(status_url)
    page.get_by_role("link", name="Send nu …").click()
    recipients = int(page.locator("[data-field=recipients]").inner_text())
    assert recipients >= 1
    page.get_by_role("button", name=f"Ja, send til {recipients} modtagere").click()
    page.get_by_text("Udsendelsen er startet.").wait_for()
    wait_until(lambda: mails_to(mailbox, LEADER), 60, "nyhedsbrevet kom ikke frem")
    [issue_mail] = mails_to(mailbox, LEADER)
    assert issue_mail["Subject"] == subject
    soup = BeautifulSoup(html_of(issue_mail), "html.parser")
    for title in titles:
        [more] = soup.find_all("a", attrs={"aria-label": f"Læs mere om {title}"})
        page.goto(more["href"])
        assert page.get_by_role("heading", name=title, level=1).count() == 1
        assert_accessible_at_full_width_and_320(page)
        page.set_viewport_size({"width": 1280, "height": 800})
