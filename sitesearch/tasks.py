import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from wagtail.documents import get_document_model

from lederweb.queueing import enqueue
from sitesearch.documents import extract, pages_linking_to, unread_documents
from sitesearch.indexing import index_in_batches

logger = logging.getLogger(__name__)


# On a queue of its own (CELERY_TASK_ROUTES), so a slow PDF never holds up mail or beat.
@shared_task(soft_time_limit=30, time_limit=60)
def extract_document_text(document_id):
    """Reads a PDF's text, then indexes the pages linking to it again. Idempotent: a file is
    read once, and indexing again writes the same documents. A read past the soft time limit
    is recorded as failed (sitesearch.documents.extract) and not retried."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:  # deleted meanwhile
        return False
    try:
        extract(document)
    except SoftTimeLimitExceeded:
        logger.warning("PDF'en i dokument %s tog for lang tid at læse", document_id)
        return False
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
