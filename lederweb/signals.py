from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from lederweb.cache import bump_site_generation

# Besides pages, the models whose rows rendered fragments show. Orders are here because
# publication cards say whether printed copies can still be ordered; seats left at events are
# never inside a cached fragment, so registrations are not. View restrictions are here because
# lists leave restricted pages out (access itself is always read from the database).
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


def site_changed(*args, **kwargs):
    """Moves the generation now and once more when the change is committed: a request that
    read the new number before the commit, and cached what the database still showed, has
    its fragments thrown away with the second move."""
    bump_site_generation()
    transaction.on_commit(bump_site_generation)


for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(site_changed, dispatch_uid=f"site-generation-{signal}")


# What a draft save (Page.save_revision) or a lock writes to the page's row: nothing the
# published site shows.
DRAFT_BOOKKEEPING = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _page_saved_as_draft(instance, created, update_fields):
    # A new page starts as a draft. A full save of a live page outside the publishing workflow
    # (demo content, scripts) changes the site, as a publish does.
    if update_fields is not None:
        return set(update_fields) <= DRAFT_BOOKKEEPING
    return created and not instance.live


def _row_changed(sender, instance, created=False, update_fields=None, **kwargs):
    if created and issubclass(sender, BaseSiteSetting):
        return  # created with its defaults on first read: nothing shown changes
    if issubclass(sender, Page):
        if kwargs["signal"] is post_save and _page_saved_as_draft(instance, created, update_fields):
            return
    elif sender._meta.label_lower not in SHOWN_IN_FRAGMENTS:
        return
    site_changed()


post_save.connect(_row_changed, dispatch_uid="site-generation-save")
post_delete.connect(_row_changed, dispatch_uid="site-generation-delete")


@receiver([post_save, post_delete], sender=PageViewRestriction)
def _purge_restricted(instance, **kwargs):
    # A proxy in front (FRONTEND_CACHE_PURGE_URL) may hold public answers from below the page
    # (feeds, calendar files): purged at once, not left to PUBLIC_CACHE_SECONDS.
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(lambda: _purge_below(instance.page_id))


def _purge_below(page_id):
    page = Page.objects.filter(pk=page_id).first()  # gone if the page itself was deleted
    if page is not None:
        purge_pages_from_cache(Page.objects.live().descendant_of(page, inclusive=True).specific())
