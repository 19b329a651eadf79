"""Copies printed, sent and reserved: stock = printed − sent − reserved.

Sent counts shipped orders, reserved counts orders not yet shipped, so an accepted order
holds its copies from the moment it is saved; one whose address is not confirmed holds them
only while its hold lasts (Order.live).
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

SHIPPED = Q(shipped_at__isnull=False)
NOT_SHIPPED = Q(shipped_at__isnull=True)


def reserved():
    order_model, _ = _models()
    return NOT_SHIPPED & order_model.live(timezone.now())


@dataclass(frozen=True)
class Stock:
    printed: int = 0
    sent: int = 0
    reserved: int = 0

    @property
    def available(self):
        return self.printed - self.sent - self.reserved

    @property
    def orderable(self):
        return self.available > 0


def _models():
    # By their labels, as foreign keys name models: publications.models builds its stock
    # queries on this module, so this module cannot import it.
    return apps.get_model("publications", "Order"), apps.get_model("publications", "PrintRun")


def _total(queryset, group_field, ref):
    summed = (
        queryset.filter(**{group_field: ref})
        .order_by()
        .values(group_field)
        .annotate(total=Sum("copies" if group_field == "page" else "quantity"))
        .values("total")
    )
    return Coalesce(Subquery(summed, output_field=IntegerField()), Value(0))


def stock_annotations(publication_ref=None):
    """Annotations (copies_printed, copies_sent, copies_reserved) for a queryset whose rows
    are publications, or carry the publication's id at `publication_ref`."""
    Order, PrintRun = _models()
    ref = OuterRef(publication_ref or "pk")
    return {
        "copies_printed": _total(PrintRun.objects.all(), "page", ref),
        "copies_sent": _total(Order.objects.filter(SHIPPED), "publication", ref),
        "copies_reserved": _total(Order.objects.filter(reserved()), "publication", ref),
    }


def stock_from_annotations(obj):
    return Stock(obj.copies_printed, obj.copies_sent, obj.copies_reserved)


def stock_of(publication_id):
    """The publication's stock as the database has it now (two queries)."""
    Order, PrintRun = _models()
    printed = PrintRun.objects.filter(page_id=publication_id).aggregate(total=Sum("copies"))
    orders = Order.objects.filter(publication_id=publication_id).aggregate(
        sent=Sum("quantity", filter=SHIPPED), reserved=Sum("quantity", filter=reserved())
    )
    return Stock(printed["total"] or 0, orders["sent"] or 0, orders["reserved"] or 0)
