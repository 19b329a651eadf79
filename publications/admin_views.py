"""The orders listing in the Wagtail admin, with the stock beside each order and the
"mark shipped" action. Editors deal only with confirmed orders: one whose address is not yet
confirmed is not an order to pack (its copies show as reserved in the stock)."""

import csv
import datetime

import django_filters
from django.contrib import messages
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets import Button, MenuItem

from lederweb.spreadsheets import TextCsvExportMixin
from publications.models import Order
from publications.ordering import mark_shipped
from publications.stock import stock_annotations, stock_from_annotations

STATUS_CHOICES = [("afventer", _("Afventer afsendelse")), ("afsendt", _("Afsendt"))]


class OrderFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status"
    )

    class Meta:
        model = Order
        fields = ["publication"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(shipped_at__isnull=value == "afventer")


def stock_summary(order):
    stock = stock_from_annotations(order)
    return _(
        "trykt %(printed)s · sendt %(sent)s · reserveret %(reserved)s · lager %(available)s"
    ) % {
        "printed": stock.printed,
        "sent": stock.sent,
        "reserved": stock.reserved,
        "available": stock.available,
    }


def local_time(value):
    """A time as the secretariat reads it: Danish local time, whole seconds, no zone."""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0)


class DanishSpreadsheetMixin(TextCsvExportMixin):
    """Exports that open correctly in a Danish Excel: local times without microseconds in
    both formats, and CSV with semicolons and a UTF-8 byte order mark."""

    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_XLSX: local_time,
            IndexView.FORMAT_CSV: lambda value: local_time(value).isoformat(sep=" "),
        },
    }

    def stream_csv(self, queryset):
        yield "\ufeff"
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    @cached_property
    def header_more_buttons(self):
        # XLSX first and named for Excel; CSV for other programs.
        buttons = [
            button
            for button in super().header_more_buttons
            if button.url not in (self.xlsx_export_url, self.csv_export_url)
        ]
        if self.show_export_buttons:
            buttons += [
                Button(
                    _("Hent som Excel-ark (XLSX)"),
                    url=self.xlsx_export_url,
                    icon_name="download",
                    priority=90,
                ),
                Button(
                    _("Hent som CSV (semikolon)"),
                    url=self.csv_export_url,
                    icon_name="download",
                    priority=100,
                ),
            ]
        return buttons


class OrderIndexView(DanishSpreadsheetMixin, IndexView):
    mark_shipped_url_name = None
    template_name = "publications/admin/order_index.html"

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .confirmed()
            .select_related("publication")
            .annotate(**stock_annotations("publication_id"))
        )

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="order"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"order_{instance.pk}_title"
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.shipped_at and self.user_has_permission("change"):
            buttons.insert(
                0,
                MenuItem(
                    _("Markér som afsendt"),
                    url=reverse(self.mark_shipped_url_name, args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                ),
            )
        return buttons


def shipped_message(orders):
    count = len(orders)
    return ngettext(
        "%(count)s bestilling er markeret som afsendt, og bestilleren får besked på e-mail.",
        "%(count)s bestillinger er markeret som afsendt, og bestillerne får besked på e-mail.",
        count,
    ) % {"count": count}


class MarkShippedView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST records that the copies were sent today."""

    model = Order
    permission_required = "change"
    template_name = "publications/admin/mark_shipped.html"
    page_title = _("Markér som afsendt")
    header_icon = "mail"
    index_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            Order.objects.confirmed().select_related("publication"),
            pk=kwargs["pk"],
        )

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object, index_url=reverse(self.index_url_name), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if shipped := mark_shipped([self.object.pk]):
            messages.success(request, shipped_message(shipped))
        else:
            messages.info(request, _("Bestillingen var allerede markeret som afsendt."))
        return redirect(self.index_url_name)


class MarkShippedBulkAction(BulkAction):
    """ "Markér som afsendt" for the orders ticked in the list: a confirmation page listing
    them, then one mail to each orderer whose order was not already marked."""

    display_name = _("Markér som afsendt")
    action_type = "mark_shipped"
    aria_label = _("Markér de valgte bestillinger som afsendt")
    template_name = "publications/admin/bulk_mark_shipped.html"
    models = [Order]
    action_priority = 10

    def check_perm(self, order):
        return self.request.user.has_perm("publications.change_order")

    @classmethod
    def get_queryset(cls, model, object_ids):
        return Order.objects.confirmed().filter(pk__in=object_ids).select_related("publication")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        shipped = mark_shipped([order.pk for order in objects])
        return len(shipped), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return _("De valgte bestillinger var allerede markeret som afsendt.")
        return shipped_message(range(num_parent_objects))
