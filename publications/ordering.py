"""Orders of printed copies: placed from the form (holding the copies until the address is
confirmed from the mailed link), confirmed, released by beat when nobody confirms, shipped."""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lederweb import queueing
from lederweb.confirm_link import hold_ends, past_hold
from publications.models import Order, PublicationPage
from publications.stock import stock_of
from publications.tasks import (
    send_address_confirmation,
    send_order_confirmation,
    send_shipped_notice,
)


class OrderRefused(Exception):
    """An order the form cannot accept; its message is Danish and shown at the quantity."""


# Copies one address or one organisation may order within a rolling month (30 days).
MONTH = timedelta(days=30)


def monthly_caps():
    return {
        "email": getattr(settings, "PUBLICATIONS_MONTHLY_COPIES_PER_ADDRESS", 100),
        "organisation": getattr(settings, "PUBLICATIONS_MONTHLY_COPIES_PER_ORGANISATION", 300),
    }


CAP_MESSAGES = {
    "email": gettext_lazy(
        "Der er allerede bestilt %(ordered)s eksemplarer til denne e-mailadresse den seneste "
        "måned, og der kan bestilles højst %(cap)s om måneden pr. adresse. Skal du bruge "
        "flere, så skriv til sekretariatet."
    ),
    "organisation": gettext_lazy(
        "Der er allerede bestilt %(ordered)s eksemplarer til %(organisation)s den seneste "
        "måned, og der kan bestilles højst %(cap)s om måneden pr. organisation. Skal I bruge "
        "flere, så skriv til sekretariatet."
    ),
}


def check_monthly_caps(order_data):
    """Refuse an order that takes an address or organisation past its monthly copies (those
    confirmed and those held for an address not yet confirmed)."""
    now = timezone.now()
    recent = Order.objects.filter(Order.live(now), created_at__gte=now - MONTH)
    for field, cap in monthly_caps().items():
        ordered = (
            recent.filter(**{f"{field}__iexact": order_data[field]}).aggregate(
                total=Sum("quantity")
            )["total"]
            or 0
        )
        if ordered + order_data["quantity"] > cap:
            raise OrderRefused(
                CAP_MESSAGES[field]
                % {"ordered": ordered, "cap": cap, "organisation": order_data["organisation"]}
            )


class NotEnoughCopies(OrderRefused):
    def __init__(self, available):
        self.available = max(available, 0)
        if self.available:
            message = _(
                "Der er kun %(count)s eksemplarer tilbage. Bestil færre, eller skriv til "
                "sekretariatet."
            ) % {"count": self.available}
        else:
            message = _(
                "Den trykte udgave er desværre udsolgt. Du kan stadig hente publikationen som PDF."
            )
        super().__init__(message)


def _locked_publication(publication_id):
    # Two orders for the last copies are counted one after the other: the stock is read only
    # after the lock is held, in a fresh statement.
    PublicationPage.objects.select_for_update(of=("self",)).only("pk").get(pk=publication_id)


def place_order(publication, order_data):
    """Save the order, holding its copies until the address is confirmed, or raise
    OrderRefused (NotEnoughCopies, or a monthly cap reached).

    The mail with the link is queued after commit; with the broker down the reader still
    gets the page, and requeue_unsent_confirmations sends the mail later."""
    with transaction.atomic():
        _locked_publication(publication.pk)
        check_monthly_caps(order_data)
        available = stock_of(publication.pk).available
        if order_data["quantity"] > available:
            raise NotEnoughCopies(available)
        order = Order.objects.create(
            publication_id=publication.pk,
            confirmed_at=None,
            held_until=hold_ends(settings.PUBLICATIONS_PENDING_HOLD_MINUTES),
            **order_data,
        )
        transaction.on_commit(partial(queueing.enqueue, send_address_confirmation, order.pk))
    return order


def confirm_order(order):
    """The address is confirmed from the mailed link: the order is a real one, and its
    confirmation (number, delivery time, PDF) is mailed. None when the hold ran out first
    (beat deletes the order; the reader may order again)."""
    with transaction.atomic():
        _locked_publication(order.publication_id)
        order = Order.objects.filter(pk=order.pk).first()
        if order is None or not order.is_pending:
            return order
        now = timezone.now()
        if order.held_until is None or order.held_until <= now:
            return None
        order.confirmed_at, order.held_until = now, None
        order.save(update_fields=["confirmed_at", "held_until"])
        transaction.on_commit(partial(queueing.enqueue, send_order_confirmation, order.pk))
    return order


def release_unconfirmed(now=None):
    """Deletes the orders whose address nobody confirmed within the hold (nothing is kept of
    an address nobody confirmed); their copies were back in stock when the hold ran out.
    Returns how many were deleted: a repeated or parallel run deletes each once."""
    pending = Order.objects.pending()
    deleted, _ = past_hold(pending, settings.PUBLICATIONS_PENDING_HOLD_MINUTES, now).delete()
    return deleted


def mark_shipped(order_ids):
    """Record that the given orders were sent now; each confirmed order not already marked
    gets one mail saying so (queued after commit); one whose address is not confirmed is
    never shipped. Returns the orders newly marked."""
    with transaction.atomic():
        waiting = list(
            Order.objects.confirmed()
            .select_for_update()
            .filter(pk__in=order_ids, shipped_at__isnull=True)
            .values_list("pk", flat=True)
        )
        Order.objects.filter(pk__in=waiting).update(shipped_at=timezone.now())
        for order_id in waiting:
            transaction.on_commit(partial(queueing.enqueue, send_shipped_notice, order_id))
    return Order.objects.filter(pk__in=waiting).select_related("publication")
