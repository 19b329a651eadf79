import re

import pytest
from django.urls import reverse

from lederweb.models import SectionPage
from newsletter.models import Subscriber
from surveys.factories import make_survey
from surveys.invitations import parse_addresses, subscriber_addresses
from surveys.models import Invitation
from tests.support import wait_until, wait_until_idle
from tests.surveys.conftest import PAGE_ONE, PAGE_TWO, post, step, two_page_questions


def link_in(message):
    return re.search(r"http\S+/[\w-]{20,}/", message.get_body(("plain",)).get_content()).group()


@pytest.mark.django_db(transaction=True)
def test_invitations_go_once_per_recipient_and_one_reminder_to_those_who_have_not_answered(
    home, editor_client, celery_worker, mailbox, client
):
    survey = make_survey(home, "Evaluering af Fra medarbejder til leder", two_page_questions())
    url = reverse("survey_invitations", args=[survey.pk])
    pasted = "a@kommune.dk, B@kommune.dk\na@kommune.dk; c@region.dk"
    assert editor_client.post(url, {"modtagere": "liste", "adresser": pasted}).status_code == 302
    invited = mailbox.wait_for(3)
    assert sorted(rcpt for rcpts, _m in mailbox.messages for rcpt in rcpts) == [
        "a@kommune.dk",
        "b@kommune.dk",
        "c@region.dk",
    ]
    wait_until(
        lambda: Invitation.objects.filter(status="sent").count() == 3, 10, "ikke markeret sendt"
    )
    # The same list again invites nobody twice.
    editor_client.post(url, {"modtagere": "liste", "adresser": "a@kommune.dk c@region.dk"})
    wait_until_idle(celery_worker)
    assert len(mailbox.messages) == 3

    # a@ answers through the link in the mail; the reminder goes to the other two only.
    message = next(m for rcpts, m in mailbox.messages if rcpts == ["a@kommune.dk"])
    path = link_in(message).split("://", 1)[1].split("/", 1)[1]
    first = client.get(f"/{path}")
    last = post(client, f"/{path}", step(first, PAGE_ONE, "frem"))
    assert post(client, f"/{path}", step(last, PAGE_TWO, "send")).status_code == 200

    mailbox.clear()
    editor_client.post(reverse("survey_remind", args=[survey.pk]))
    reminded = mailbox.wait_for(2)
    assert all(m["Subject"].strip().startswith("Påmindelse") for m in reminded), [
        m["Subject"] for m in reminded
    ]
    editor_client.post(reverse("survey_remind", args=[survey.pk]))  # never a second reminder
    wait_until_idle(celery_worker)
    assert sorted(r for rcpts, _m in mailbox.messages for r in rcpts) == [
        "b@kommune.dk",
        "c@region.dk",
    ]
    page = editor_client.get(url).content.decode()
    assert "Inviterede: 3 · sendt: 3" in page and "har svaret: 1" in page
    assert invited[0]["Subject"].strip().startswith("Invitation: ")


@pytest.mark.django_db
def test_a_pasted_list_with_something_else_than_addresses_is_refused(editor_client, home):
    survey = make_survey(home, "Evaluering", two_page_questions())
    url = reverse("survey_invitations", args=[survey.pk])
    response = editor_client.post(url, {"modtagere": "liste", "adresser": "a@kommune.dk, ikke-en"})
    assert response.status_code == 400
    assert "Det her er ikke e-mailadresser: ikke-en" in response.content.decode()
    assert not Invitation.objects.exists()
    assert parse_addresses("x@y.dk;X@Y.dk <z@y.dk>") == (["x@y.dk", "z@y.dk"], [])


@pytest.mark.django_db
def test_subscribers_all_or_of_one_vaeksthus(tree):
    sections = list(SectionPage.objects.order_by("path"))
    top = Subscriber.objects.create(email="top@kommune.dk", status="active")
    top.sections.set(sections[:1])
    middle = Subscriber.objects.create(email="mellem@kommune.dk", status="active")
    middle.sections.set(sections[1:2])
    Subscriber.objects.create(email="venter@kommune.dk", status="pending")
    assert sorted(subscriber_addresses()) == ["mellem@kommune.dk", "top@kommune.dk"]
    assert subscriber_addresses(sections[0]) == ["top@kommune.dk"]
