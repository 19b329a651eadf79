"""The "Statistik" menu: the dashboard (registered in wagtail_hooks under SUBMENU_HOOK), and
what editors enter for the status note."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from reports.models import FollowerCount, MediaMention, StatusNote

SUBMENU_HOOK = "register_statistics_menu_item"


class FollowerViewSet(SnippetViewSet):
    model = FollowerCount
    icon = "group"
    menu_label = _("Følgere på sociale medier")
    list_display = ["channel", "date", "followers"]
    list_filter = ["channel"]
    list_export = ["channel", "date", "followers"]


class MentionViewSet(SnippetViewSet):
    model = MediaMention
    icon = "openquote"
    menu_label = _("Omtaler i medierne")
    list_display = ["title", "medium", "date"]
    list_export = ["date", "medium", "title", "url"]
    search_fields = ["title", "medium"]


class StatusNoteViewSet(SnippetViewSet):
    model = StatusNote
    icon = "doc-full"
    menu_label = _("Statusnotater")
    list_display = ["year"]


class StatisticsGroup(SnippetViewSetGroup):
    menu_label = _("Statistik")
    menu_icon = "table"
    menu_order = 250
    submenu_hook = SUBMENU_HOOK
    items = (FollowerViewSet, MentionViewSet, StatusNoteViewSet)
