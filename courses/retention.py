"""GDPR: participants inactive for COURSES_INACTIVE_MONTHS (default 24) are deleted, after a
warning mailed COURSES_DELETION_WARNING_DAYS before; signing in again keeps them."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from courses.models import Participant


def _inactive_since(now=None):
    return (now or timezone.now()) - timedelta(days=30 * settings.COURSES_INACTIVE_MONTHS)


def _warning_step():
    return timedelta(days=settings.COURSES_DELETION_WARNING_DAYS)


def due_for_warning(now=None):
    """Not warned yet, and inactive for the whole time less the warning period."""
    threshold = _inactive_since(now) + _warning_step()
    return list(
        Participant.objects.filter(
            last_active_at__lt=threshold, deletion_warned_at__isnull=True
        ).values_list("pk", flat=True)
    )


def unwarned_for_update(participant_id):
    """The participant, locked, if not warned yet (call inside a transaction)."""
    return (
        Participant.objects.select_for_update()
        .filter(pk=participant_id, deletion_warned_at__isnull=True)
        .first()
    )


def mark_warned(participant, now=None):
    participant.deletion_warned_at = now or timezone.now()
    participant.save(update_fields=["deletion_warned_at"])


def delete_expired(now=None):
    now = now or timezone.now()
    expired = Participant.objects.filter(
        last_active_at__lt=_inactive_since(now),
        deletion_warned_at__lt=now - _warning_step(),
    )
    deleted, _ = expired.delete()
    return deleted
