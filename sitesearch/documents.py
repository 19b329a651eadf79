"""The text of the PDFs pages link to (a publication's `document`): extracted once per file
and kept in DocumentText, so indexing a page only reads it. Any page model with a foreign key
to Wagtail's document model is covered, without registering."""

from functools import cache

from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models

from publications.pdf import extract_pdf_text
from sitesearch.models import DocumentText
from sitesearch.text import MAX_BODY_CHARS, clean


@cache
def document_fields(model):
    document_model = get_document_model()
    return [
        field
        for field in model._meta.concrete_fields
        if field.model is not Page and field.is_relation and field.related_model is document_model
    ]


def linked_document_ids(page):
    ids = (getattr(page, field.attname) for field in document_fields(type(page)))
    return [document_id for document_id in ids if document_id]


def current_texts(document_ids):
    """{document id: text} for the documents whose text was extracted from their present
    file; the others (never extracted, or the file was replaced since) are missing."""
    stored = DocumentText.objects.filter(document_id__in=set(document_ids)).select_related(
        "document"
    )
    return {text.pk: text.text for text in stored if text.file_name == text.document.file.name}


def pages_linking_to(document_id):
    """The ids of the pages that link to this document."""
    ids = []
    for model in get_page_models():
        for field in document_fields(model):
            query = model.objects.filter(**{field.attname: document_id})
            ids.extend(query.values_list("pk", flat=True))
    return ids


INTERRUPTED = "Læsningen blev afbrudt (for langsom eller stoppet)"
UNREADABLE = "Filen kunne ikke læses som PDF"


def extract(document):
    """Reads the document's text from its file into DocumentText; True if anything changed.
    The row is written first with a failure note, so a read that never finishes (time limit,
    a killed worker) is recorded once and not tried again for the same file."""
    stored = DocumentText.objects.filter(pk=document.pk).first()
    if stored and stored.file_name == document.file.name:
        return False
    record_failure(document, INTERRUPTED)
    text = extract_pdf_text(document)
    DocumentText.objects.filter(pk=document.pk).update(
        text=clean(text or "").strip()[:MAX_BODY_CHARS],
        failure="" if text is not None else UNREADABLE,
    )
    return True


def record_failure(document, failure):
    DocumentText.objects.update_or_create(
        document=document,
        defaults={"file_name": document.file.name, "text": "", "failure": failure},
    )


def unread_documents():
    """The documents live pages link to whose present file has not been read yet."""
    linked = set()
    for model in get_page_models():
        for field in document_fields(model):
            values = model.objects.live().exclude(**{f"{field.attname}__isnull": True})
            linked.update(values.values_list(field.attname, flat=True))
    return sorted(linked - set(current_texts(linked)))
