from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from lederweb.cache import bump_site_generation

# Besides pages, the models whose rows rendered fragments show. Orders are here because
# publication cards say whether printed copies can still be ordered; seats left at events are
# never inside a cached fragment, so registrations are not.
SHOWN_IN_FRAGMENTS = {
    "publications.order",
    "lederweb.theme",
    "lederweb.sitesettings",
    "projects.contact",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}

for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(bump_site_generation, dispatch_uid=f"site-generation-{signal}")


def _row_changed(sender, created=False, **kwargs):
    if created and issubclass(sender, BaseSiteSetting):
        return  # created with its defaults on first read: nothing shown changes
    # Pages saved outside the publishing workflow (demo content, scripts) count too.
    if issubclass(sender, Page) or sender._meta.label_lower in SHOWN_IN_FRAGMENTS:
        bump_site_generation()


post_save.connect(_row_changed, dispatch_uid="site-generation-save")
post_delete.connect(_row_changed, dispatch_uid="site-generation-delete")
