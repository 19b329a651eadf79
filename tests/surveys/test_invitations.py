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


@pytest.fixture
def queued(monkeypatch):
    """What the sweep queues, run here at once as a worker would (in order)."""
    from surveys import invitations

    calls = []
    monkeypatch.setattr(invitations, "_queue", lambda *args: calls.append(args))
    return calls


def _invitations(survey, count, **fields):
    from datetime import timedelta

    from django.utils import timezone

    long_ago = timezone.now() - timedelta(hours=1)
    return [
        Invitation.objects.create(
            survey=survey, email=f"leder{n}@kommune.dk", created_at=long_ago, **fields
        )
        for n in range(count)
    ]


def test_the_sweep_sends_what_a_dead_worker_left_once_and_queues_what_the_broker_lost(
    home, queued, mailoutbox
):
    from datetime import timedelta

    from django.utils import timezone

    from surveys.invitations import PUT_BACK, send_batch, sweep

    survey = make_survey(home, "Brugerundersøgelse 2014", two_page_questions())
    old_claim = timezone.now() - timedelta(minutes=10)
    lost = _invitations(survey, 1)[0]  # recorded, its queued task lost
    # Claimed by workers that died: this one's first death, the other's second.
    left, left_twice = [
        Invitation.objects.create(
            survey=survey, email=email, status="sending", claimed_at=old_claim
        )
        for email in ("a@kommune.dk", "b@kommune.dk")
    ]
    Invitation.objects.filter(pk=left_twice.pk).update(error=PUT_BACK["status"])
    being_sent = Invitation.objects.create(  # by a worker still within its time
        survey=survey,
        email="c@kommune.dk",
        status="sending",
        claimed_at=timezone.now() - timedelta(minutes=2),
    )

    assert sweep() == [(survey.pk, "status")]
    assert Invitation.objects.get(pk=left_twice.pk).status == "failed"
    assert Invitation.objects.get(pk=being_sent.pk).status == "sending"
    for args in queued:
        send_batch(*args)
    assert sorted(to for message in mailoutbox for to in message.to) == [
        "a@kommune.dk",
        lost.email,
    ]
    assert {i.email: i.status for i in Invitation.objects.all()} == {
        lost.email: "sent",
        left.email: "sent",
        left_twice.email: "failed",
        being_sent.email: "sending",
    }
    queued.clear()
    assert sweep() == []  # nothing pending: nothing queued, nothing sent again
    assert len(mailoutbox) == 2


def test_the_sweep_leaves_a_survey_alone_while_its_batches_are_claimed(home, queued):
    from django.utils import timezone

    from surveys.invitations import sweep

    survey = make_survey(home, "Brugerundersøgelse 2014", two_page_questions())
    _invitations(survey, 3)
    Invitation.objects.filter(pk=Invitation.objects.first().pk).update(
        status="sent", claimed_at=timezone.now()
    )
    assert sweep() == []
    assert queued == []


def test_a_lost_reminder_is_queued_again_for_those_who_have_not_answered(home, queued, mailoutbox):
    from surveys.invitations import send_batch, sweep

    survey = make_survey(home, "Brugerundersøgelse 2014", two_page_questions())
    waiting, answered = _invitations(survey, 2, status="sent", reminder="pending")
    Invitation.objects.filter(pk=answered.pk).update(used=True)
    assert sweep() == [(survey.pk, "reminder")]
    send_batch(*queued[0])
    assert [message.to for message in mailoutbox] == [[waiting.email]]
    assert mailoutbox[0].subject.startswith("Påmindelse: ")


def test_beat_sweeps_the_invitations_every_minute(settings):
    from surveys.tasks import sweep_invitations

    entry = settings.CELERY_BEAT_SCHEDULE["surveys-sweep-invitations"]
    assert (entry["task"], entry["schedule"]) == (sweep_invitations.name, 60.0)
