from django.urls import path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from reports.admin_views import PERMISSION, DashboardView, StatusNoteView
from reports.viewsets import SUBMENU_HOOK, StatisticsGroup

register_snippet(StatisticsGroup)


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path("statistik/", DashboardView.as_view(), name="reports_dashboard"),
        path("statistik/statusnotat/", StatusNoteView.as_view(), name="reports_status_note"),
    ]


class PermittedMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register(SUBMENU_HOOK)
def register_dashboard_menu_item():
    return PermittedMenuItem(
        "Oversigt", reverse_lazy("reports_dashboard"), icon_name="table", order=0
    )
