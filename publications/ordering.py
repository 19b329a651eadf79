from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lederweb import queueing
from publications.models import Order, PublicationPage
from publications.stock import stock_of
from publications.tasks import send_order_confirmation, send_shipped_notice


class NotEnoughCopies(Exception):
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


def place_order(publication, order_data):
    """Save the order and reserve its copies, or raise NotEnoughCopies.

    The publication's row is locked first, so two orders for the last copies are counted one
    after the other; the stock is read only after the lock is held, in a fresh statement.
    """
    with transaction.atomic():
        PublicationPage.objects.select_for_update(of=("self",)).only("pk").get(pk=publication.pk)
        available = stock_of(publication.pk).available
        if order_data["quantity"] > available:
            raise NotEnoughCopies(available)
        order = Order.objects.create(publication_id=publication.pk, **order_data)
        transaction.on_commit(lambda: enqueue_confirmation(order.pk))
    return order


def enqueue_confirmation(order_id):
    """Hand the confirmation to the workers. The order is already saved: if the broker is
    down, the reader still gets the thank-you page and requeue_unsent_confirmations sends
    the mail later."""
    queueing.enqueue(send_order_confirmation, order_id)


def mark_shipped(order_ids):
    """Record that the given orders were sent now; each order not already marked gets one
    mail saying so (queued after commit). Returns the orders newly marked."""
    with transaction.atomic():
        waiting = list(
            Order.objects.select_for_update()
            .filter(pk__in=order_ids, shipped_at__isnull=True)
            .values_list("pk", flat=True)
        )
        Order.objects.filter(pk__in=waiting).update(shipped_at=timezone.now())
        for order_id in waiting:
            transaction.on_commit(partial(queueing.enqueue, send_shipped_notice, order_id))
    return Order.objects.filter(pk__in=waiting).select_related("publication")
