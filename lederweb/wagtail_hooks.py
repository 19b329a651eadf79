"""The admin's »Loginforsøg«: failed and locked-out logins recorded by django-axes, for the
secretariat to see who was locked out, from where and when (Indstillinger menu); and the page
editor's create view without autosave (lederweb/page_editing.py)."""

from axes.models import AccessAttempt, AccessFailureLog
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lederweb.page_editing import page_viewsets

COLUMNS = [
    Column("username", label="Brugernavn"),
    Column("ip_address", label="IP-adresse"),
    Column("user_agent", label="Browser"),
]


class RecordViewSet(ModelViewSet):
    """A list of records to read (and delete: deleting an attempt lifts its lockout)."""

    add_to_admin_menu = False
    search_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    form_fields = []


class AttemptViewSet(RecordViewSet):
    model = AccessAttempt
    menu_label = "Spærringer og forsøg"
    icon = "warning"
    list_display = [*COLUMNS, Column("failures_since_start", label="Fejl")]
    list_display.append(DateColumn("attempt_time", label="Seneste forsøg"))


class FailureViewSet(RecordViewSet):
    model = AccessFailureLog
    menu_label = "Mislykkede login"
    icon = "cross"
    list_display = [*COLUMNS, Column("locked_out", label="Spærret")]
    list_display.append(DateColumn("attempt_time", label="Tidspunkt"))


class LoginAttempts(ViewSetGroup):
    menu_label = "Loginforsøg"
    menu_icon = "lock"
    items = [AttemptViewSet("login_attempts"), FailureViewSet("login_failures")]


@hooks.register("register_admin_viewset")
def register_login_attempts():
    return LoginAttempts()


@hooks.register("register_admin_viewset")
def register_page_viewsets():
    return page_viewsets()
