import time

import pytest
from django.conf import settings

from events.models import Registration
from events.registration import fill_free_places
from events.tasks import (
    REQUEUE_GRACE,
    requeue_unsent_confirmations,
    send_registration_confirmation,
)
from tests.events.conftest import make_event
from tests.support import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def mail_to(messages, address):
    return next(message for message in messages if message["To"] == address)


def test_confirmations_arrive_through_the_worker(
    celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Dialogmøde om ledelse & trivsel", capacity=1)
    post_registration(event, email="forste@kommune.dk")
    post_registration(event, email="anden@kommune.dk", name="Bo Jensen")

    messages = mailbox.wait_for(2)

    confirmed = mail_to(messages, "forste@kommune.dk")
    waiting = mail_to(messages, "anden@kommune.dk")
    # A long encoded subject is folded; mail programs drop the fold's leading space.
    assert confirmed["Subject"].strip() == "Du er tilmeldt: Dialogmøde om ledelse & trivsel"
    assert waiting["Subject"].strip() == "Du er på venteliste: Dialogmøde om ledelse & trivsel"
    body = confirmed.get_content()
    assert "Kære Mette Hansen" in body
    assert "«Dialogmøde om ledelse & trivsel»" in body
    assert event.period_label in body
    assert "KL, Weidekampsgade 10, 2300 København S" in body
    assert f"{settings.SITE_URL}/arrangementer/dialogmoede-om-ledelse-trivsel/kalender.ics" in body
    assert "bliver der en plads ledig" in waiting.get_content()
    wait_until(
        lambda: not Registration.objects.filter(confirmation_sent_at=None).exists(),
        10,
        "bekræftelserne blev ikke markeret som sendt",
    )


def test_confirmation_is_sent_once_and_a_place_freed_sends_news(
    celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Temadag", capacity=1)
    post_registration(event, email="forste@kommune.dk")
    post_registration(event, email="anden@kommune.dk")
    mailbox.wait_for(2)
    wait_until(
        lambda: not Registration.objects.filter(confirmation_sent_at=None).exists(),
        10,
        "bekræftelserne blev ikke markeret som sendt",
    )

    for registration in Registration.objects.all():
        send_registration_confirmation.delay(registration.pk)
        send_registration_confirmation(registration.pk)
    Registration.objects.filter(email="forste@kommune.dk").update(status="cancelled")
    fill_free_places(event.pk)

    moved_up = mailbox.wait_for(3)[2]
    assert moved_up["To"] == "anden@kommune.dk"
    assert moved_up["Subject"].strip() == "Du er tilmeldt: Temadag"
    assert "Der er blevet en plads ledig" in moved_up.get_content()
    time.sleep(1)
    assert len(mailbox.messages) == 3


def test_a_registration_made_while_the_broker_is_down_is_mailed_later(
    celery_worker, mailbox, event_index, post_registration, settings
):
    event = make_event(event_index, "Temadag under nedbrud", capacity=5)
    broker = settings.CELERY_BROKER_URL
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    response = post_registration(event, email="taalmodig@kommune.dk")
    assert response.status_code == 302  # accepted and kept
    registration = Registration.objects.get(email="taalmodig@kommune.dk")
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.confirmation_sent_at is None

    settings.CELERY_BROKER_URL = broker  # Redis is back; beat's sweep runs
    Registration.objects.filter(pk=registration.pk).update(
        created_at=registration.created_at - REQUEUE_GRACE
    )
    assert requeue_unsent_confirmations() == 1
    message = mailbox.wait_for(1)[0]
    assert message["To"] == "taalmodig@kommune.dk"
    assert message["Subject"].strip() == "Du er tilmeldt: Temadag under nedbrud"
