from datetime import timedelta
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lederweb.mail import templated_mail
from publications.models import Order


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=10,
)
def send_order_confirmation(order_id):
    """Mail the orderer a confirmation, once: the order row is locked while sending and
    records when it was sent, so a repeated or parallel run sends nothing."""
    with transaction.atomic():
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("publication")
            .filter(pk=order_id)
            .first()
        )
        if order is None or order.confirmation_sent_at:
            return False
        confirmation_message(order).send()
        order.confirmation_sent_at = timezone.now()
        order.save(update_fields=["confirmation_sent_at"])
    return True


def confirmation_message(order):
    context = {
        "order": order,
        "publication": order.publication,
        "publication_url": settings.SITE_URL + order.publication.url,
    }
    return templated_mail(
        "email/publication_order_confirmation",
        context,
        subject=f"Tak for din bestilling: {order.publication.title}",
        to=[order.email],
    )


# Orders older than this are left alone: their orderer has long since been served, and an
# editor's own entries in the admin need no confirmation.
REQUEUE_WINDOW = timedelta(days=2)
REQUEUE_GRACE = timedelta(minutes=2)


@shared_task
def requeue_unsent_confirmations():
    """Queue again the confirmations the broker never got (run by Celery beat); sending is
    idempotent, so one queued twice still goes out once."""
    now = timezone.now()
    unsent = Order.objects.filter(
        confirmation_sent_at__isnull=True,
        created_at__gte=now - REQUEUE_WINDOW,
        created_at__lte=now - REQUEUE_GRACE,
    ).values_list("pk", flat=True)
    for order_id in unsent:
        send_order_confirmation.delay(order_id)
    return len(unsent)
