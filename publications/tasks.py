from datetime import timedelta
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from lederweb.confirm_link import make_token
from lederweb.mail import templated_mail
from lederweb.seo import absolute_url
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
def send_address_confirmation(order_id):
    """The first mail of an order from the form: the link that confirms the address."""
    return send_once(order_id, "address_mail_sent_at", address_message, confirmed_at__isnull=True)


@shared_task(**RETRY)
def send_order_confirmation(order_id):
    """The order confirmation (number, delivery time, PDF); only once the address is."""
    return send_once(
        order_id, "confirmation_sent_at", confirmation_message, confirmed_at__isnull=False
    )


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
        "publication_url": absolute_url(publication),
        "pdf_url": absolute_url(document.url) if document else "",
        "delivery_time": OrderSettings.for_site(site).delivery_time if site else "",
    }


def address_message(order):
    publication = order.publication
    token = make_token(order, "confirm")
    context = {
        **order_context(order),
        "confirm_url": absolute_url(publication.subpage_url("confirm_order", token)),
        "hold_minutes": settings.PUBLICATIONS_PENDING_HOLD_MINUTES,
    }
    return templated_mail(
        "email/publication_order_confirm_address",
        context,
        subject=f"Bekræft din bestilling: {publication.title}",
        to=[order.email],
    )


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
    """Queue again the mails the broker never got (run by Celery beat): the link to confirm
    the address of an order still held, the confirmation of a confirmed one, the notice of
    one marked shipped (also in the edit form); sending is idempotent, so one queued twice
    still goes out once."""
    now = timezone.now()

    def within(field):
        return {f"{field}__gte": now - REQUEUE_WINDOW, f"{field}__lte": now - REQUEUE_GRACE}

    unsent = [
        (
            send_address_confirmation,
            Q(
                address_mail_sent_at__isnull=True,
                held_until__gt=now,
                created_at__lte=now - REQUEUE_GRACE,
            ),
        ),
        (send_order_confirmation, Q(confirmation_sent_at__isnull=True, **within("confirmed_at"))),
        (send_shipped_notice, Q(shipped_notice_sent_at__isnull=True, **within("shipped_at"))),
    ]
    queued = 0
    for task, condition in unsent:
        for order_id in Order.objects.filter(condition).values_list("pk", flat=True):
            task.delay(order_id)
            queued += 1
    return queued


@shared_task
def release_unconfirmed():
    """Run by beat every minute: orders whose address nobody confirmed in time are deleted."""
    from publications.ordering import release_unconfirmed  # exception E2

    return release_unconfirmed()
