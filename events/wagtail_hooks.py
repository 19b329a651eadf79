from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from events.models import Registration
from events.registration import fill_free_places
from lederweb.spreadsheets import TextIndexView


class RegistrationIndexView(TextIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class RegistrationEditView(EditView):
    def save_instance(self):
        registration = super().save_instance()
        # An editor cancelling a place gives it to the first on the waiting list.
        fill_free_places(registration.event_id)
        return registration


class RegistrationDeleteView(DeleteView):
    def delete_action(self):
        event_id = self.object.event_id
        super().delete_action()
        fill_free_places(event_id)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "date"
    menu_label = _("Tilmeldinger")
    add_to_admin_menu = True
    menu_order = 310
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
    delete_view_class = RegistrationDeleteView
    form_fields = ["event", "name", "organisation", "email", "note", "status"]
    list_display = ["name", "organisation", "email", "event", "status", "note", "created_at"]
    list_filter = ["event", "status"]
    search_fields = ["name", "organisation", "email", "note"]
    list_export = [
        "event",
        "name",
        "organisation",
        "email",
        "note",
        "get_status_display",
        "created_at",
        "confirmation_sent_at",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "tilmeldinger"
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("tilmeldinger")
