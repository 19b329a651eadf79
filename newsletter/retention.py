"""Deletes what the privacy page promises to delete, when it promises it (see policy.py)."""

from django.db.models import Max, Q
from django.utils import timezone

from newsletter.models import Subscriber
from newsletter.policy import UNCONFIRMED_RETENTION, WITHDRAWAL_RETENTION


def expired_withdrawals(now):
    return Subscriber.objects.filter(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=now - WITHDRAWAL_RETENTION
    )


def abandoned_sign_ups(now):
    cutoff = now - UNCONFIRMED_RETENTION
    return (
        Subscriber.objects.filter(status=Subscriber.Status.PENDING)
        .alias(last_request=Max("confirmation_requests__created_at"))
        .filter(Q(last_request__lt=cutoff) | Q(last_request__isnull=True, created_at__lt=cutoff))
    )


def purge_expired(now=None):
    """Deletes expired withdrawal records and never-confirmed sign-ups; returns how many."""
    now = now or timezone.now()
    ids = [*expired_withdrawals(now).values_list("pk", flat=True)]
    ids += abandoned_sign_ups(now).values_list("pk", flat=True)
    Subscriber.objects.filter(pk__in=ids).delete()
    return len(ids)
