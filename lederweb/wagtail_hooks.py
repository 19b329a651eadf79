"""The admin's »Loginforsøg«: failed and locked-out logins recorded by django-axes, for the
secretariat to see who was locked out, from where and when (Indstillinger menu); and the page
editor's create view without autosave (lederweb/page_editing.py); the move confirmation only
for who may move the page."""

from axes.models import AccessAttempt, AccessFailureLog
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lederweb.page_editing import page_viewsets


class RecordViewSet(ModelViewSet):
    """A list of records to read (and delete: deleting an attempt lifts its lockout): who,
    from where and with which browser, then the record's own columns."""

    add_to_admin_menu = False
    search_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    form_fields = []

    def __init__(self, name, model, menu_label, icon, own_columns):
        who = [
            Column("username", label="Brugernavn"),
            Column("ip_address", label="IP-adresse"),
            Column("user_agent", label="Browser"),
        ]
        super().__init__(
            name, model=model, menu_label=menu_label, icon=icon, list_display=who + own_columns
        )


ATTEMPT = [
    Column("failures_since_start", label="Fejl"),
    DateColumn("attempt_time", label="Seneste forsøg"),
]
FAILURE = [Column("locked_out", label="Spærret"), DateColumn("attempt_time", label="Tidspunkt")]


class LoginAttempts(ViewSetGroup):
    menu_label = "Loginforsøg"
    menu_icon = "lock"
    items = [
        RecordViewSet("login_attempts", AccessAttempt, "Spærringer og forsøg", "warning", ATTEMPT),
        RecordViewSet("login_failures", AccessFailureLog, "Mislykkede login", "cross", FAILURE),
    ]


@hooks.register("register_admin_viewset")
def register_login_attempts():
    return LoginAttempts()


@hooks.register("register_admin_viewset")
def register_page_viewsets():
    return page_viewsets()


@hooks.register("before_move_page")
def refuse_moving_without_permission(request, page, destination):
    """Wagtail's »move to …?« confirmation checks nothing before the move itself (the POST):
    it showed any editor the page and its destination. The same check as the step before it
    (choosing the destination)."""
    if not page.permissions_for_user(request.user).can_move():
        raise PermissionDenied
