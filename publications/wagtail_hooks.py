from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from publications.admin_views import (
    MarkShippedBulkAction,
    MarkShippedView,
    OrderFilterSet,
    OrderIndexView,
    stock_summary,
)
from publications.models import Order


class OrderViewSet(ModelViewSet):
    model = Order
    index_view_class = OrderIndexView
    icon = "mail"
    menu_label = _("Bestillinger")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    form_fields = [
        "publication",
        "name",
        "organisation",
        "address",
        "postcode",
        "city",
        "email",
        "quantity",
        "note",
        "shipped_at",
    ]
    list_display = [
        "name",
        "number",
        "organisation",
        "publication",
        "quantity",
        Column("delivery_address", label=_("Leveringsadresse")),
        DateColumn("created_at", label=_("Bestilt")),
        DateColumn("shipped_at", label=_("Afsendt")),
        Column("stock", label=_("Udgivelsens oplag"), accessor=stock_summary),
    ]
    filterset_class = OrderFilterSet
    search_fields = ["number", "name", "organisation", "email", "address", "postcode", "city"]
    search_backend_name = None
    list_export = [
        "number",
        "created_at",
        "publication.title",
        "quantity",
        "name",
        "organisation",
        "address",
        "postcode",
        "city",
        "email",
        "shipped_at",
        "note",
    ]
    export_headings = {
        "number": _("Ordrenummer"),
        "created_at": _("Bestilt"),
        "publication.title": _("Udgivelse"),
        "quantity": _("Antal"),
        "name": _("Navn"),
        "organisation": _("Organisation"),
        "address": _("Adresse"),
        "postcode": _("Postnummer"),
        "city": _("By"),
        "email": _("E-mail"),
        "shipped_at": _("Afsendt"),
        "note": _("Intern note"),
    }
    export_filename = "bestillinger"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            mark_shipped_url_name=self.get_url_name("mark_shipped"), **kwargs
        )

    @property
    def mark_shipped_view(self):
        return MarkShippedView.as_view(index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("afsendt/<int:pk>/", self.mark_shipped_view, name="mark_shipped"),
        ]


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return OrderViewSet("bestillinger")


hooks.register("register_bulk_action", MarkShippedBulkAction)
