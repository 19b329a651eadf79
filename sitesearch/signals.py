"""Keeps the index in step with the pages: a publish (re)indexes the page, unpublishing takes
it out, and deleting a page deletes its document with it (the foreign key cascades). A new PDF
file is read by a Celery worker, which then indexes the pages linking to it again."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from lederweb.bulk_loading import in_bulk_load
from sitesearch import lexicon
from sitesearch.documents import pages_linking_to
from sitesearch.indexing import index_pages, index_subtree, remove_pages
from sitesearch.models import SearchDocument


@receiver(page_published, dispatch_uid="sitesearch-published")
def index_published_page(sender, instance, **kwargs):
    if not in_bulk_load():  # a bulk load ends with rebuild_search_index
        index_pages([instance.pk])


@receiver(page_unpublished, dispatch_uid="sitesearch-unpublished")
def remove_unpublished_page(sender, instance, **kwargs):
    remove_pages([instance.pk])


@receiver(pre_delete, sender=SearchDocument, dispatch_uid="sitesearch-document-deleted")
def forget_words(sender, instance, **kwargs):
    # Before the row goes: its words are read from it.
    lexicon.remove([instance.pk])


@receiver(post_save, sender=get_document_model(), dispatch_uid="sitesearch-file-replaced")
def read_replaced_file(sender, instance, created, **kwargs):
    """An editor can replace a document's file in place: the pages linking to it are indexed
    again, which hands the new file to a worker to read."""
    if not created:
        pages = pages_linking_to(instance.pk)
        if pages:
            transaction.on_commit(lambda: index_pages(pages))


def _restriction_changed(sender, instance, **kwargs):
    """A page made private (or public again) leaves (or rejoins) the results with the pages
    below it."""
    page_id = instance.page_id
    transaction.on_commit(lambda: index_subtree(page_id))


post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="sitesearch-vr")
post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="sitesearch-vr-")
