"""The "Statistik" menu: the dashboard (registered in wagtail_hooks under SUBMENU_HOOK), and
what editors enter for the status note."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from reports.models import EventAttendance, FollowerCount, MediaMention, StatusNote

SUBMENU_HOOK = "register_statistics_menu_item"


class PermittedChooser:
    """Wagtail's snippet choosers answer every editor (they serve the page editing forms).
    Nothing chooses these figures, and the status notes are the secretariat's own drafts: only
    an editor with a permission on the model may open their chooser."""

    def dispatch(self, request, *args, **kwargs):
        opts = self.model._meta
        perms = [
            f"{opts.app_label}.{a}_{opts.model_name}" for a in ("add", "change", "delete", "view")
        ]
        if not any(request.user.has_perm(perm) for perm in perms):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PermittedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (PermittedChooser, ChooseView), {})
    choose_results_view_class = type("ChooseResultsView", (PermittedChooser, ChooseResultsView), {})
    chosen_view_class = type("ChosenView", (PermittedChooser, SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ChosenMultipleView", (PermittedChooser, SnippetChosenMultipleView), {}
    )


class FollowerViewSet(SnippetViewSet):
    model = FollowerCount
    chooser_viewset_class = PermittedChooserViewSet
    icon = "group"
    menu_label = _("Følgere på sociale medier")
    list_display = ["channel", "date", "followers"]
    list_filter = ["channel"]
    list_export = ["channel", "date", "followers"]


class MentionViewSet(SnippetViewSet):
    model = MediaMention
    chooser_viewset_class = PermittedChooserViewSet
    icon = "openquote"
    menu_label = _("Omtaler i medierne")
    list_display = ["title", "medium", "date"]
    list_export = ["date", "medium", "title", "url"]
    search_fields = ["title", "medium"]


class AttendanceViewSet(SnippetViewSet):
    model = EventAttendance
    chooser_viewset_class = PermittedChooserViewSet
    icon = "date"
    menu_label = _("Fremmøde til arrangementer")
    list_display = ["event", "attended"]
    list_export = ["event", "attended"]


class StatusNoteViewSet(SnippetViewSet):
    model = StatusNote
    chooser_viewset_class = PermittedChooserViewSet
    icon = "doc-full"
    menu_label = _("Statusnotater")
    list_display = ["year"]


class StatisticsGroup(SnippetViewSetGroup):
    menu_label = _("Statistik")
    menu_icon = "table"
    menu_order = 250
    submenu_hook = SUBMENU_HOOK
    items = (FollowerViewSet, MentionViewSet, AttendanceViewSet, StatusNoteViewSet)
