from datetime import timedelta
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lederweb.mail import templated_mail
from publications.models import Order, OrderSettings

RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 10,
}


def send_once(order_id, sent_field, make_message, **condition):
    """Mail about an order once: the order row is locked while sending and records in
    `sent_field` when it was sent, so a repeated or parallel run sends nothing."""
    with transaction.atomic():
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("publication")
            .filter(pk=order_id, **condition)
            .first()
        )
        if order is None or getattr(order, sent_field):
            return False
        make_message(order).send()
        setattr(order, sent_field, timezone.now())
        order.save(update_fields=[sent_field])
    return True


@shared_task(**RETRY)
def send_order_confirmation(order_id):
    return send_once(order_id, "confirmation_sent_at", confirmation_message)


@shared_task(**RETRY)
def send_shipped_notice(order_id):
    """Tell the orderer the copies are on their way; only for an order marked shipped."""
    return send_once(order_id, "shipped_notice_sent_at", shipped_message, shipped_at__isnull=False)


def order_context(order):
    publication = order.publication
    site = publication.get_site()
    document = publication.document
    return {
        "order": order,
        "publication": publication,
        "publication_url": settings.SITE_URL + publication.url,
        "pdf_url": settings.SITE_URL + document.url if document else "",
        "delivery_time": OrderSettings.for_site(site).delivery_time if site else "",
    }


def confirmation_message(order):
    return templated_mail(
        "email/publication_order_confirmation",
        order_context(order),
        subject=f"Tak for din bestilling: {order.publication.title} (ordrenr. {order.number})",
        to=[order.email],
    )


def shipped_message(order):
    return templated_mail(
        "email/publication_order_shipped",
        order_context(order),
        subject=f"Din bestilling er sendt: {order.publication.title} (ordrenr. {order.number})",
        to=[order.email],
    )


# Orders older than this are left alone: their orderer has long since been served, and an
# editor's own entries in the admin need no confirmation.
REQUEUE_WINDOW = timedelta(days=2)
REQUEUE_GRACE = timedelta(minutes=2)


@shared_task
def requeue_unsent_confirmations():
    """Queue again the confirmations and shipping notices the broker never got (run by
    Celery beat), and the notices of orders marked shipped in the edit form; sending is
    idempotent, so one queued twice still goes out once."""
    now = timezone.now()
    window = {"__gte": now - REQUEUE_WINDOW, "__lte": now - REQUEUE_GRACE}
    unsent = Order.objects.filter(
        confirmation_sent_at__isnull=True, **{f"created_at{k}": v for k, v in window.items()}
    ).values_list("pk", flat=True)
    for order_id in unsent:
        send_order_confirmation.delay(order_id)
    unnoticed = Order.objects.filter(
        shipped_notice_sent_at__isnull=True, **{f"shipped_at{k}": v for k, v in window.items()}
    ).values_list("pk", flat=True)
    for order_id in unnoticed:
        send_shipped_notice.delay(order_id)
    return len(unsent) + len(unnoticed)
