"""The outbox rules, in this process (no broker: a test transaction never commits)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsletter import outbox, subscriptions
from newsletter.models import ConfirmationRequest
from newsletter.tasks import send_confirmation

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(sections, address):
    return subscriptions.sign_up(address, sections, "signup-page")


def age(request, **delta):
    ConfirmationRequest.objects.filter(pk=request.pk).update(
        created_at=timezone.now() - timedelta(**delta)
    )


# In this process Django's test setup sends mail to `mailoutbox`; the worker tests use SMTP.
def test_sending_twice_sends_once(request_, mailoutbox):
    assert send_confirmation(request_.pk) is True
    assert send_confirmation(request_.pk) is False

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [request_.subscriber.email]


def test_nothing_is_sent_to_an_address_unsubscribed_meanwhile(request_, mailoutbox):
    subscriptions.unsubscribe(request_.subscriber.token)
    assert send_confirmation(request_.pk) is False
    assert mailoutbox == []


def test_the_sweep_takes_unqueued_mail_after_a_minute(request_):
    assert outbox.stale_request_ids() == []
    age(request_, minutes=2)
    assert outbox.stale_request_ids() == [request_.pk]


def test_the_sweep_takes_queued_mail_again_only_after_a_while(request_):
    age(request_, minutes=2)
    ConfirmationRequest.objects.update(enqueued_at=timezone.now())
    assert outbox.stale_request_ids() == []
    ConfirmationRequest.objects.update(enqueued_at=timezone.now() - timedelta(minutes=16))
    assert outbox.stale_request_ids() == [request_.pk]


def test_the_sweep_leaves_sent_and_expired_mail(request_, address):
    age(request_, days=8)
    sent = subscriptions.sign_up(address, [], "footer")
    age(sent, minutes=2)
    ConfirmationRequest.objects.filter(pk=sent.pk).update(sent_at=timezone.now())
    assert outbox.stale_request_ids() == []


def test_beat_runs_the_sweep_every_minute_and_the_purge_daily():
    from django.conf import settings

    from lederweb.celery import app

    schedule = {
        entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }
    assert schedule["newsletter.tasks.requeue_unsent_confirmations"] == 60
    assert schedule["newsletter.tasks.purge_expired_records"] == 24 * 60 * 60
    app.loader.import_default_modules()
    assert set(schedule) <= set(app.tasks)
