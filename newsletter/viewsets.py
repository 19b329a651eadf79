"""Subscribers in the Wagtail admin: filter, search, inspect, export as CSV, fix sections or
delete on request. Nobody is added by hand: a subscription needs the subscriber's own
confirmed consent."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lederweb.spreadsheets import TextIndexView
from newsletter import admin_views as views
from newsletter.models import Delivery, Issue, Subscriber


class NoAddPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Abonnenter")
    menu_order = 300
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["sections"]
    list_display = ["address_label", "status", "sections_label", "created_at", "confirmed_at"]
    list_filter = ["status", "sections"]
    search_fields = ["email"]
    # Search with the ORM (icontains) on the e-mail column; subscribers are not in the
    # site's search index.
    search_backend_name = None
    index_view_class = TextIndexView
    list_export = [
        "email",
        "get_status_display",
        "sections_label",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "email_hash",
    ]
    export_headings = {"get_status_display": _("Status"), "sections_label": _("Væksthuse")}
    export_filename = "abonnenter"
    inspect_view_fields = [
        "email",
        "status",
        "sections",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "email_hash",
    ]

    def get_queryset(self, request):
        return Subscriber.objects.prefetch_related("sections")


subscriber_viewset = SubscriberViewSet("abonnenter")


class StatusPageColumn(Column):
    """The issue's status, linking to its page with progress, preview and actions."""

    def get_value(self, instance):
        url = reverse("nyhedsbreve:status", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, instance.get_status_display())


class IssueEditView(EditView):
    """The edit page links to the issue's status page (preview, test, send)."""

    @cached_property
    def header_buttons(self):
        url = reverse("nyhedsbreve:status", args=[self.object.pk])
        return [
            *super().header_buttons,
            HeaderButton(_("Status og udsendelse"), url=url, icon_name="mail"),
        ]


class IssueViewSet(ModelViewSet):
    model = Issue
    icon = "mail"
    menu_label = _("Nyhedsbreve")
    menu_order = 290
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "subject",
        StatusPageColumn("status", label=_("Status og udsendelse")),
        "scheduled_at",
        "started_at",
        "finished_at",
    ]
    list_filter = ["status"]
    search_fields = ["subject"]
    search_backend_name = None
    edit_view_class = IssueEditView

    def get_urlpatterns(self):
        actions = ["send_test", "send_now", "schedule", "pause", "resume", "discard"]
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/status/", views.status, name="status"),
            path("<int:pk>/preview/", views.preview, name="preview"),
            path("<int:pk>/progress.json", views.progress, name="progress"),
            *(path(f"<int:pk>/{a}/", getattr(views, a), name=a) for a in actions),
        ]


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are written by the workers only; editors look and filter."""

    def user_has_permission(self, user, action):
        return action in {"view", "change"} and super().user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(["view"])


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    icon = "list-ul"
    menu_label = _("Afsendelser")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["subscriber", "issue", "status", "attempts", "sent_at", "error"]
    list_filter = ["issue", "status"]
    index_view_class = TextIndexView
    list_export = ["subscriber", "issue", "get_status_display", "attempts", "sent_at", "error"]
    export_filename = "afsendelser"
    form_fields = []

    def get_queryset(self, request):
        return Delivery.objects.select_related("subscriber", "issue")


register_permission_policy(Delivery, ReadOnlyPermissionPolicy(Delivery))
issue_viewset = IssueViewSet("nyhedsbreve")
delivery_viewset = DeliveryViewSet("afsendelser")
