"""The participant's mails (a service the Celery tasks call): which mail each status gets,
what it says and links to, and sending it once per status, or at most once an interval for
the notice that an address was signed up again."""

from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from redis.exceptions import RedisError

from events.ics import event_calendar
from events.models import Registration
from events.tokens import make_token
from lederweb.mail import render_text, templated_mail
from lederweb.seo import absolute_url

# Which mail each status gets; a cancelled registration gets none.
TEMPLATES = {
    "pending": "email/event_confirm_address",
    "confirmed": "email/event_confirmed",
    "waiting": "email/event_waiting_list",
}

# Registrations whose mail never reached a worker (broker down): left alone for a moment in
# case it is on its way, given up after a week.
REQUEUE_GRACE = timedelta(minutes=2)
REQUEUE_WINDOW = timedelta(days=7)

# At most one "you are already registered" mail per registration in this time, so the form
# cannot be used to flood a stranger's inbox.
DUPLICATE_NOTICE_INTERVAL = timedelta(hours=1)


def send_status_mail(registration_id):
    """Tells the participant about a place or the waiting list, once per status: the row is
    locked while sending and records the status it was mailed about."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .select_related("event")
            .filter(pk=registration_id)
            .first()
        )
        if registration is None or registration.notified_status == registration.status:
            return
        template = TEMPLATES.get(registration.status)
        if template is None:
            return
        registration_message(registration, template).send()
        registration.notified_status = registration.status
        registration.confirmation_sent_at = timezone.now()
        registration.save(update_fields=["notified_status", "confirmation_sent_at"])


def unsent_status_mails(now=None):
    """Ids of the registrations whose status mail is still due."""
    now = now or timezone.now()
    return list(
        Registration.objects.filter(
            created_at__gte=now - REQUEUE_WINDOW, created_at__lte=now - REQUEUE_GRACE
        )
        .filter(status__in=TEMPLATES)
        .exclude(notified_status=F("status"))
        .values_list("pk", flat=True)
    )


def send_duplicate_notice(registration_id):
    """Someone signed this address up again: its owner hears of it (with the links to
    confirm or cancel), the one who filled in the form saw the usual answer."""
    registration = (
        Registration.objects.select_related("event")
        .exclude(status=Registration.Status.CANCELLED)
        .filter(pk=registration_id)
        .first()
    )
    key = f"events:duplicate-notice:{registration_id}"
    if registration is None or not _claim(key):
        return False
    try:
        registration_message(registration, "email/event_already_registered").send()
    except Exception:
        with suppress(RedisError):  # the retry must be able to claim it again
            cache.delete(key)
        raise
    return True


def _claim(key):
    """True for the one notice of the interval: an atomic add, so two notices running at the
    same moment on two worker processes cannot both see the key missing and both send."""
    try:
        return cache.add(key, 1, DUPLICATE_NOTICE_INTERVAL.total_seconds())
    except RedisError:  # without Redis the owner may get one mail too many, never none
        return True


def registration_links(registration):
    event = registration.event
    event_url = absolute_url(event)
    return {
        "event_url": event_url,
        "calendar_url": event_url + "kalender.ics",
        "cancel_url": event_url
        + event.reverse_subpage("cancel", args=[make_token(registration, "cancel")]),
        "confirm_url": event_url
        + event.reverse_subpage("confirm", args=[make_token(registration, "confirm")]),
    }


def registration_message(registration, template):
    """The participant's mail: a text part, an HTML part, and for a place the event's .ics."""
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "moved_up": registration.notified_status == registration.Status.WAITING,
        "hold_minutes": settings.EVENTS_PENDING_HOLD_MINUTES,
        **registration_links(registration),
    }
    message = templated_mail(
        template,
        context,
        subject=render_text(f"{template}_subject.txt", context),
        to=[registration.email],
    )
    if registration.status == registration.Status.CONFIRMED:
        message.attach(f"{event.slug}.ics", event_calendar(event), "text/calendar")
    return message
