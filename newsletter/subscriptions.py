"""What a subscriber can do: sign up, confirm, change sections, unsubscribe, take out or
delete their data. Each step commits to PostgreSQL first; mail goes out after commit."""

import enum
from functools import partial

from django.db import transaction
from django.utils import timezone

from newsletter import outbox
from newsletter.models import ConfirmationRequest, Consent, Subscriber
from newsletter.policy import CONSENT_TEXT, CONSENT_VERSION


@transaction.atomic
def sign_up(email, sections, source):
    """Records the sign-up and queues its mail. An active subscription is never changed: its
    owner only gets a notice, so a stranger typing their address can do no harm."""
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(email=email)
    if subscriber.status == Subscriber.Status.ACTIVE:
        request = ConfirmationRequest.objects.create(
            subscriber=subscriber, kind=ConfirmationRequest.Kind.ALREADY_SUBSCRIBED
        )
    else:
        subscriber.sections.set(sections)
        consent = Consent.objects.create(
            subscriber=subscriber, text=CONSENT_TEXT, version=CONSENT_VERSION, source=source
        )
        request = ConfirmationRequest.objects.create(subscriber=subscriber, consent=consent)
    transaction.on_commit(partial(outbox.enqueue, request.pk))
    return request


class Confirmation(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already-confirmed"
    EXPIRED = "expired"
    INVALID = "invalid"


@transaction.atomic
def confirm(token):
    request = (
        ConfirmationRequest.objects.select_for_update(of=("self",))
        .select_related("subscriber", "consent")
        .filter(token=token, kind=ConfirmationRequest.Kind.CONFIRM)
        .first()
    )
    if request is None or request.subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return Confirmation.INVALID
    if request.used_at:
        return Confirmation.ALREADY_CONFIRMED
    now = timezone.now()
    if now >= request.expires_at:
        return Confirmation.EXPIRED
    request.used_at = now
    request.save(update_fields=["used_at"])
    request.consent.confirmed_at = now
    request.consent.save(update_fields=["confirmed_at"])
    subscriber = request.subscriber
    if subscriber.status != Subscriber.Status.ACTIVE:
        subscriber.status = Subscriber.Status.ACTIVE
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["status", "confirmed_at"])
    return Confirmation.CONFIRMED


def find(token, *, for_update=False):
    queryset = Subscriber.objects.select_for_update() if for_update else Subscriber.objects
    return queryset.filter(token=token).first()


@transaction.atomic
def unsubscribe(token):
    """Withdraws consent at once and forgets the address, keeping only what proves the
    withdrawal. False if there was nothing (left) to unsubscribe."""
    subscriber = find(token, for_update=True)
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return False
    now = timezone.now()
    subscriber.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    subscriber.confirmation_requests.all().delete()  # links and unsent mail: not proof
    subscriber.sections.clear()
    subscriber.email = None
    subscriber.status = Subscriber.Status.UNSUBSCRIBED
    subscriber.unsubscribed_at = now
    subscriber.save(update_fields=["email", "status", "unsubscribed_at"])
    return True


def change_sections(subscriber, sections):
    subscriber.sections.set(sections)


def delete(subscriber):
    """The right to erasure: the subscriber, their consent history and pending mails go."""
    subscriber.delete()


def export(subscriber):
    """Everything stored about the subscriber, for the JSON download."""
    return {
        "email": subscriber.email,
        "status": subscriber.get_status_display(),
        "sections": [section.title for section in subscriber.sections.order_by("number")],
        "created_at": _iso(subscriber.created_at),
        "confirmed_at": _iso(subscriber.confirmed_at),
        "unsubscribed_at": _iso(subscriber.unsubscribed_at),
        "consents": [
            {
                "text": consent.text,
                "version": consent.version,
                "source": consent.get_source_display(),
                "given_at": _iso(consent.given_at),
                "confirmed_at": _iso(consent.confirmed_at),
                "withdrawn_at": _iso(consent.withdrawn_at),
            }
            for consent in subscriber.consents.all()
        ],
    }


def _iso(moment):
    return moment.isoformat() if moment else None
