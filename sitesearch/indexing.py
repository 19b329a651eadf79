"""Writes the search documents. One code path for one page (a publish) and for thousands (the
rebuild command, the benchmark): read the pages, flatten them, upsert the rows, let PostgreSQL
build the vectors, keep the lexicon in step."""

from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from lederweb.queueing import enqueue
from lederweb.restrictions import public_pages
from sitesearch import lexicon
from sitesearch.documents import current_texts, linked_document_ids
from sitesearch.kinds import kind_of
from sitesearch.models import SearchDocument
from sitesearch.text import (
    child_relations,
    page_body,
    page_date,
    page_lead,
    page_sections,
)

CONFIG = "danish"
VECTORS = {
    "search_vector": (
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("lead", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG)
    ),
    "title_vector": SearchVector("title", config=CONFIG),
    "title_lead_vector": SearchVector("title", "lead", config=CONFIG),
    "title_words": SearchVector("title", config="simple"),
}
BATCH_SIZE = 500
ROW_FIELDS = ["kind", "title", "lead", "body", "vaeksthuse", "board", "year", "date"]


def indexable_pages(page_ids):
    """The live, public pages among these, as their specific types with what the index reads
    prefetched (a few queries per page type, whatever the number of pages)."""
    pages = Page.objects.filter(pk__in=page_ids, depth__gt=1).live()
    pages = list(public_pages(pages).specific())
    for model in {type(page) for page in pages}:
        same = [page for page in pages if type(page) is model]
        names = [relation.get_accessor_name() for relation in child_relations(model)]
        if hasattr(model, "vaeksthuse"):
            names.append("vaeksthuse")
        prefetch_related_objects(same, *names)
    return pages


def document_row(page, document_texts):
    date = page_date(page)
    return SearchDocument(
        page_id=page.pk,
        kind=kind_of(page),
        title=page.title,
        lead=page_lead(page),
        body=page_body(page, document_texts),
        vaeksthuse=page_sections(page),
        board=bool(getattr(page, "board", False)),
        year=date.year if date else None,
        date=date,
    )


def index_pages(page_ids, *, count_words=True):
    """Brings the documents of these pages up to date with the database: live public pages are
    (re)written, the others removed. Returns the number of documents written. PDFs whose text
    has not been extracted yet are handed to a Celery worker, which indexes their pages again
    once it has the text."""
    page_ids = list(page_ids)
    pages = indexable_pages(page_ids)
    linked = {page.pk: linked_document_ids(page) for page in pages}
    texts = current_texts(id_ for ids in linked.values() for id_ in ids)
    rows = [
        document_row(page, [texts[id_] for id_ in linked[page.pk] if id_ in texts])
        for page in pages
    ]
    written = [row.page_id for row in rows]
    with transaction.atomic():
        # Deleting sends pre_delete, which takes the documents' words out of the lexicon.
        SearchDocument.objects.filter(page_id__in=page_ids).exclude(page_id__in=written).delete()
        if count_words:
            lexicon.remove(written)
        SearchDocument.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=[*ROW_FIELDS, "indexed_at"],
        )
        SearchDocument.objects.filter(page_id__in=written).update(**VECTORS)
        if count_words:
            lexicon.add(written)
    waiting = {id_ for ids in linked.values() for id_ in ids} - set(texts)
    if waiting:
        transaction.on_commit(lambda: _extract_later(waiting))
    return len(written)


def _extract_later(document_ids):
    from sitesearch.tasks import extract_document_text

    for document_id in sorted(document_ids):
        enqueue(extract_document_text, document_id)


def index_in_batches(page_ids, *, count_words=True, progress=None):
    """index_pages in batches of BATCH_SIZE, for any number of pages; `progress(done, total)`
    after each batch."""
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), BATCH_SIZE):
        index_pages(page_ids[start : start + BATCH_SIZE], count_words=count_words)
        if progress:
            progress(min(start + BATCH_SIZE, len(page_ids)), len(page_ids))


def index_subtree(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        index_in_batches(page.get_descendants(inclusive=True).values_list("pk", flat=True))


def remove_pages(page_ids):
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()
