"""What a subscriber can do: sign up, confirm, change sections, unsubscribe, take out or
delete their data. Each step commits to PostgreSQL first; mail goes out after commit."""

import enum
from functools import partial

from django.db import transaction
from django.utils import timezone

from newsletter import outbox
from newsletter.models import ConfirmationRequest, Consent, Subscriber
from newsletter.policy import CONFIRMATION_MAIL_INTERVAL, CONSENT_TEXT, CONSENT_VERSION


@transaction.atomic
def sign_up(email, sections, source):
    """Records the sign-up and queues its mail. An active subscription is never changed: its
    owner only gets a notice, so a stranger typing their address can do no harm. While a mail
    sent within CONFIRMATION_MAIL_INTERVAL still waits to be used, nothing more is sent or
    changed: the address gets at most one mail a day, and its owner confirms with that one."""
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(email=email)
    waiting = _waiting_request(subscriber)
    if waiting is not None:
        return waiting
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


def _waiting_request(subscriber):
    kind = (
        ConfirmationRequest.Kind.ALREADY_SUBSCRIBED
        if subscriber.status == Subscriber.Status.ACTIVE
        else ConfirmationRequest.Kind.CONFIRM
    )
    since = timezone.now() - CONFIRMATION_MAIL_INTERVAL
    return (
        subscriber.confirmation_requests.filter(kind=kind, created_at__gt=since, used_at=None)
        .order_by("-created_at")
        .first()
    )


@transaction.atomic
def send_preferences_link(email):
    """Mails an active subscriber a fresh preferences link, at most once per
    CONFIRMATION_MAIL_INTERVAL. Says nothing about whether the address is known."""
    subscriber = Subscriber.objects.select_for_update().receiving().with_address(email).first()
    if subscriber is None:
        return None
    since = timezone.now() - CONFIRMATION_MAIL_INTERVAL
    kind = ConfirmationRequest.Kind.PREFERENCES_LINK
    if subscriber.confirmation_requests.filter(kind=kind, created_at__gt=since).exists():
        return None
    request = ConfirmationRequest.objects.create(subscriber=subscriber, kind=kind)
    transaction.on_commit(partial(outbox.enqueue, request.pk))
    return request


class Confirmation(enum.Enum):
    PENDING = "pending"  # the link works and waits for the button
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already-confirmed"
    EXPIRED = "expired"
    INVALID = "invalid"


def _confirmation_request(token, *, for_update=False):
    requests = ConfirmationRequest.objects.select_related("subscriber", "consent")
    if for_update:
        requests = requests.select_for_update(of=("self",))
    return requests.filter(token=token, kind=ConfirmationRequest.Kind.CONFIRM).first()


def _state(request, now):
    if request is None or request.subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return Confirmation.INVALID
    if request.used_at:
        return Confirmation.ALREADY_CONFIRMED
    if now >= request.expires_at:
        return Confirmation.EXPIRED
    return Confirmation.PENDING


def confirmation_state(token):
    """What the link would do, changing nothing (a GET, perhaps by a mail scanner)."""
    return _state(_confirmation_request(token), timezone.now())


@transaction.atomic
def confirm(token):
    request = _confirmation_request(token, for_update=True)
    now = timezone.now()
    state = _state(request, now)
    if state != Confirmation.PENDING:
        return state
    request.used_at = now
    request.save(update_fields=["used_at"])
    request.consent.confirmed_at = now
    request.consent.save(update_fields=["confirmed_at"])
    subscriber = request.subscriber
    if subscriber.status != Subscriber.Status.ACTIVE:
        subscriber.status = Subscriber.Status.ACTIVE
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["status", "confirmed_at"])
    # The welcome mail carries the preferences link, usable before the first issue arrives.
    welcome = ConfirmationRequest.objects.create(
        subscriber=subscriber, kind=ConfirmationRequest.Kind.WELCOME
    )
    transaction.on_commit(partial(outbox.enqueue, welcome.pk))
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
