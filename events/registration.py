"""Signing up without overbooking: the event's row is locked while places are counted.

A new registration holds a place for a short while (EVENTS_PENDING_HOLD_MINUTES) until its
address is confirmed from the mailed link; only then is the place the participant's. Beat
deletes registrations never confirmed, so invented addresses cannot keep an event full."""

from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import EventPage, Registration
from lederweb import queueing
from lederweb.confirm_link import hold_ends, object_for, past_hold


class RegistrationClosed(Exception):
    pass


def _locked_event(event_id):
    # Locks only the event's own row, so editors saving the page's tree are not held up.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _free_places(event, now):
    taken = event.registrations.filter(Registration.takes_a_place(now)).count()
    return event.capacity - taken


def _notify_after_commit(registration):
    from events.tasks import send_registration_confirmation  # exception E2

    # If the broker is down, the registration stands; requeue_unsent_confirmations mails later.
    transaction.on_commit(
        partial(queueing.enqueue, send_registration_confirmation, registration.pk)
    )


def _active(event_id, email):
    return (
        Registration.objects.filter(event_id=event_id, email__iexact=email)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )


def _notify_owner(registration):
    """A second sign-up with an address already registered is answered as a new one (the
    form must not tell strangers who is registered); the address's owner is mailed."""
    from events.tasks import send_duplicate_notice  # exception E2

    transaction.on_commit(partial(queueing.enqueue, send_duplicate_notice, registration.pk))
    return registration


def register_participant(event_id, data):
    """A new registration, waiting for its address to be confirmed: it holds a place while
    there is one, otherwise it joins the waiting list when confirmed."""
    try:
        with transaction.atomic():
            event = _locked_event(event_id)
            if not event.registration_is_open():
                raise RegistrationClosed
            existing = _active(event_id, data["email"])
            if existing is not None:
                return _notify_owner(existing)
            now = timezone.now()
            has_place = _free_places(event, now) > 0
            registration = Registration.objects.create(
                event=event,
                status=Registration.Status.PENDING,
                held_until=hold_ends(settings.EVENTS_PENDING_HOLD_MINUTES, now)
                if has_place
                else None,
                **data,
            )
            _notify_after_commit(registration)
            return registration
    except IntegrityError:  # the database's unique rule, should the check above miss
        with transaction.atomic():
            return _notify_owner(_active(event_id, data["email"]))


def confirm_registration(registration):
    """The address is confirmed: the held place becomes the participant's; without one (the
    event was full, or the hold ran out) the waiting list, from which a free place is
    filled at once."""
    with transaction.atomic():
        _locked_event(registration.event_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Registration.Status.PENDING:
            return registration
        held = registration.held_until is not None and registration.held_until > timezone.now()
        registration.status = Registration.Status.CONFIRMED if held else Registration.Status.WAITING
        registration.held_until = None
        registration.save(update_fields=["status", "held_until"])
        _notify_after_commit(registration)
    fill_free_places(registration.event_id)
    registration.refresh_from_db()
    return registration


def release_unconfirmed(now=None):
    """Deletes registrations whose address was not confirmed in time (nothing is kept of an
    address nobody confirmed) and gives their places to the waiting list."""
    pending = Registration.objects.filter(status=Registration.Status.PENDING)
    expired = past_hold(pending, settings.EVENTS_PENDING_HOLD_MINUTES, now)
    event_ids = set(expired.values_list("event_id", flat=True))
    deleted, _ = expired.delete()
    for event_id in event_ids:
        fill_free_places(event_id)
    return deleted


def cancel_registration(registration):
    """The participant cancels (from the mail's link): the place goes to the first on the
    waiting list, who is mailed."""
    with transaction.atomic():
        _locked_event(registration.event_id)
        updated = Registration.objects.filter(pk=registration.pk).exclude(
            status=Registration.Status.CANCELLED
        )
        if not updated.update(status=Registration.Status.CANCELLED, held_until=None):
            return False
    fill_free_places(registration.event_id)
    return True


def fill_free_places(event_id):
    """Moves the first on the waiting list up while there are free places (after a
    cancellation, a released hold or a larger capacity); each one moved up is told by mail."""
    with transaction.atomic():
        event = _locked_event(event_id)
        if not event.takes_registrations:
            return []
        free = _free_places(event, timezone.now())
        if free <= 0:
            return []
        waiting = event.registrations.filter(status=Registration.Status.WAITING)
        moved = list(waiting.order_by("created_at", "pk")[:free])
        for registration in moved:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
            _notify_after_commit(registration)
    return moved


def registration_for(event, token, purpose):
    """The event's registration the token names, or None for a forged or foreign token."""
    return object_for(Registration.objects.filter(event=event), token, purpose)
