from celery import shared_task
from wagtail.documents import get_document_model

from lederweb.queueing import enqueue
from sitesearch.documents import extract, pages_linking_to, unread_documents
from sitesearch.indexing import index_in_batches


@shared_task
def extract_document_text(document_id):
    """Reads a PDF's text, then indexes the pages linking to it again. Idempotent: a file is
    read once, and indexing again writes the same documents."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:  # deleted meanwhile
        return False
    extract(document)
    index_in_batches(pages_linking_to(document_id))
    return True


@shared_task
def read_unread_documents():
    """Queues again the PDFs the broker never got (it was down when their page was
    published); run by Celery beat."""
    unread = unread_documents()
    for document_id in unread:
        enqueue(extract_document_text, document_id)
    return len(unread)
