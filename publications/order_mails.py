"""The orderer's mails (a service the Celery tasks call): the link that confirms the address,
the order confirmation and the shipped notice, each sent once per order, and which of them
the broker never got."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from lederweb.confirm_link import make_token
from lederweb.mail import templated_mail
from lederweb.seo import absolute_url
from publications.models import Order, OrderSettings

# Orders older than this are left alone: their orderer has long since been served, and an
# editor's own entries in the admin need no confirmation.
REQUEUE_WINDOW = timedelta(days=2)
REQUEUE_GRACE = timedelta(minutes=2)


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


def send_address_confirmation(order_id):
    return send_once(order_id, "address_mail_sent_at", address_message, confirmed_at__isnull=True)


def send_order_confirmation(order_id):
    return send_once(
        order_id, "confirmation_sent_at", confirmation_message, confirmed_at__isnull=False
    )


def send_shipped_notice(order_id):
    return send_once(order_id, "shipped_notice_sent_at", shipped_message, shipped_at__isnull=False)


def unsent(now=None):
    """(kind, order id) of every mail still due: "address" for an order still held whose
    link was not sent, "confirmation" for a confirmed order, "shipped" for one marked
    shipped (also in the edit form)."""
    now = now or timezone.now()

    def within(field):
        return {f"{field}__gte": now - REQUEUE_WINDOW, f"{field}__lte": now - REQUEUE_GRACE}

    due = {
        "address": Q(
            address_mail_sent_at__isnull=True,
            held_until__gt=now,
            created_at__lte=now - REQUEUE_GRACE,
        ),
        "confirmation": Q(confirmation_sent_at__isnull=True, **within("confirmed_at")),
        "shipped": Q(shipped_notice_sent_at__isnull=True, **within("shipped_at")),
    }
    return [
        (kind, order_id)
        for kind, condition in due.items()
        for order_id in Order.objects.filter(condition).values_list("pk", flat=True)
    ]


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
    return _numbered_message(order, "confirmation", "Tak for din bestilling")


def shipped_message(order):
    return _numbered_message(order, "shipped", "Din bestilling er sendt")


def _numbered_message(order, kind, heading):
    # The mails of an order whose address is confirmed: they carry the order's number.
    return templated_mail(
        f"email/publication_order_{kind}",
        order_context(order),
        subject=f"{heading}: {order.publication.title} (ordrenr. {order.number})",
        to=[order.email],
    )
