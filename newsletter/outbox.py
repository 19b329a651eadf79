"""Hands committed confirmation requests to Celery. The row is the source of truth: if the
broker is down, the sign-up still succeeds and the beat sweep queues the mail later."""

import logging
from datetime import timedelta

from django.utils import timezone

from lederweb import queueing
from newsletter.models import ConfirmationRequest
from newsletter.policy import CONFIRMATION_LINK_VALIDITY

logger = logging.getLogger(__name__)

# Never queued (broker down) or queued and not sent after this long (message lost, or the
# worker stuck behind a long newsletter send): queue again. Sending is idempotent.
UNQUEUED_AFTER = timedelta(minutes=1)
REQUEUE_AFTER = timedelta(minutes=15)


def enqueue(request_id):
    """Queues the mail for one request; logs and gives up quietly if the broker is down."""
    from newsletter.tasks import send_confirmation  # exception E2

    if not queueing.enqueue(send_confirmation, request_id):
        return False
    ConfirmationRequest.objects.filter(pk=request_id).update(enqueued_at=timezone.now())
    return True


def stale_request_ids(now=None):
    """Unsent requests whose link still works and that should have been sent by now."""
    now = now or timezone.now()
    unsent = ConfirmationRequest.objects.filter(
        sent_at__isnull=True, created_at__gt=now - CONFIRMATION_LINK_VALIDITY
    )
    never_queued = unsent.filter(enqueued_at__isnull=True, created_at__lt=now - UNQUEUED_AFTER)
    lost = unsent.filter(enqueued_at__lt=now - REQUEUE_AFTER)
    return list((never_queued | lost).values_list("pk", flat=True))


def requeue_stale(now=None):
    ids = stale_request_ids(now)
    queued = 0
    for request_id in ids:
        if not enqueue(request_id):
            break  # the broker is still down: the next sweep tries again
        queued += 1
    if ids:
        logger.info("Satte %s af %s ventende bekræftelsesmails i kø igen", queued, len(ids))
    return queued
