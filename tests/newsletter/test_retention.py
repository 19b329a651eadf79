from datetime import timedelta

import pytest
from django.utils import timezone

from newsletter import subscriptions
from newsletter.demo import load as load_privacy_page
from newsletter.models import ConfirmationRequest, Subscriber
from newsletter.policy import (
    UNCONFIRMED_RETENTION,
    WITHDRAWAL_RETENTION,
    WITHDRAWAL_RETENTION_YEARS,
)
from newsletter.tasks import purge_expired_records

pytestmark = pytest.mark.django_db


def subscriber(email, *, confirm=True, unsubscribed_ago=None, requested_ago=None):
    request = subscriptions.sign_up(email, [], "signup-page")
    if requested_ago:
        ConfirmationRequest.objects.filter(pk=request.pk).update(
            created_at=timezone.now() - requested_ago
        )
    if confirm:
        subscriptions.confirm(request.token)
    if unsubscribed_ago:
        subscriptions.unsubscribe(request.subscriber.token)
        Subscriber.objects.filter(pk=request.subscriber.pk).update(
            unsubscribed_at=timezone.now() - unsubscribed_ago
        )
    return request.subscriber


def test_purge_deletes_withdrawal_records_after_the_retention_period(address):
    old = subscriber("gammel@kommune.dk", unsubscribed_ago=WITHDRAWAL_RETENTION + timedelta(days=1))
    recent = subscriber(address, unsubscribed_ago=WITHDRAWAL_RETENTION - timedelta(days=1))
    active = subscriber("aktiv@kommune.dk")

    assert purge_expired_records() == 1

    assert set(Subscriber.objects.values_list("pk", flat=True)) == {recent.pk, active.pk}
    assert not Subscriber.objects.filter(pk=old.pk).exists()
    assert recent.consents.get().withdrawn_at


def test_purge_deletes_sign_ups_never_confirmed(address):
    subscriber("glemt@kommune.dk", confirm=False, requested_ago=UNCONFIRMED_RETENTION * 2)
    waiting = subscriber(address, confirm=False, requested_ago=timedelta(days=3))

    assert purge_expired_records() == 1

    assert list(Subscriber.objects.all()) == [waiting]


def test_privacy_page_states_what_why_how_long_and_the_rights(client, sections):
    load_privacy_page()
    load_privacy_page()  # idempotent, like the rest of the demo content

    html = client.get("/privatlivspolitik/").content.decode()

    assert "<h1>Privatlivspolitik</h1>" in html
    for heading in ["Hvad vi gemmer", "Hvorfor", "Hvor længe", "Dine rettigheder"]:
        assert f"<h2>{heading}" in html
    assert f"i {WITHDRAWAL_RETENTION_YEARS} år" in html
    assert f"{UNCONFIRMED_RETENTION.days} dage" in html
