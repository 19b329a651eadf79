"""The orders listing in the Wagtail admin, with the stock beside each order and the
"mark shipped" action."""

import django_filters
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import MenuItem

from publications.models import Order
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


class OrderIndexView(IndexView):
    mark_shipped_url_name = None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("publication")
            .annotate(**stock_annotations("publication_id"))
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
            Order.objects.select_related("publication"), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object, index_url=reverse(self.index_url_name), **kwargs
        )

    def post(self, request, *args, **kwargs):
        updated = Order.objects.filter(pk=self.object.pk, shipped_at__isnull=True).update(
            shipped_at=timezone.now()
        )
        if updated:
            messages.success(request, _("Bestillingen er markeret som afsendt: %s") % self.object)
        else:
            messages.info(request, _("Bestillingen var allerede markeret som afsendt."))
        return redirect(self.index_url_name)
