"""Signing up without overbooking: the event's row is locked while places are counted."""

from functools import partial

from django.db import IntegrityError, transaction

from events.models import DUPLICATE_MESSAGE, EventPage, Registration
from events.tasks import send_registration_confirmation
from lederweb import queueing


class RegistrationClosed(Exception):
    pass


class DuplicateRegistration(Exception):
    message = DUPLICATE_MESSAGE


def _locked_event(event_id):
    # Locks only the event's own row, so editors saving the page's tree are not held up.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _confirmed(event):
    return event.registrations.filter(status=Registration.Status.CONFIRMED)


def _notify_after_commit(registration):
    # If the broker is down, the registration stands; requeue_unsent_confirmations mails later.
    transaction.on_commit(
        partial(queueing.enqueue, send_registration_confirmation, registration.pk)
    )


def register_participant(event_id, data):
    """A new registration: a place while there is one, otherwise the waiting list."""
    with transaction.atomic():
        event = _locked_event(event_id)
        if not event.registration_is_open():
            raise RegistrationClosed
        active = event.registrations.exclude(status=Registration.Status.CANCELLED)
        if active.filter(email__iexact=data["email"]).exists():
            raise DuplicateRegistration
        has_place = _confirmed(event).count() < event.capacity
        try:
            registration = Registration.objects.create(
                event=event,
                status=Registration.Status.CONFIRMED if has_place else Registration.Status.WAITING,
                **data,
            )
        except IntegrityError as error:  # the database's unique rule, should the check miss
            raise DuplicateRegistration from error
        _notify_after_commit(registration)
    return registration


def cancel_registration(registration):
    """The participant cancels (from the mail's link): the place goes to the first on the
    waiting list, who is mailed."""
    with transaction.atomic():
        _locked_event(registration.event_id)
        updated = Registration.objects.filter(pk=registration.pk).exclude(
            status=Registration.Status.CANCELLED
        )
        if not updated.update(status=Registration.Status.CANCELLED):
            return False
    fill_free_places(registration.event_id)
    return True


def fill_free_places(event_id):
    """Moves the first on the waiting list up while there are free places (after a
    cancellation or a larger capacity); each one moved up is told by mail."""
    with transaction.atomic():
        event = _locked_event(event_id)
        if not event.takes_registrations:
            return []
        free = event.capacity - _confirmed(event).count()
        if free <= 0:
            return []
        waiting = event.registrations.filter(status=Registration.Status.WAITING)
        moved = list(waiting.order_by("created_at", "pk")[:free])
        for registration in moved:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
            _notify_after_commit(registration)
    return moved
