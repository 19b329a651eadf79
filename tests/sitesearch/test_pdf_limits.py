"""A slow or crafted PDF must not hold up the workers: PDFs are read on their own queue, only
the first 200 pages, within a time limit, and a failure is recorded once, never retried."""

from django.conf import settings

from publications.pdf import MAX_PAGES_READ
from sitesearch.documents import INTERRUPTED, UNREADABLE, extract, unread_documents
from sitesearch.models import DocumentText
from sitesearch.tasks import extract_document_text
from tests.publications.factories import make_publication
from tests.sitesearch.support import pdf_file, stored_document, stream
from tests.support import wait_until


def many_pages_pdf(page_streams):
    """A PDF with one page per entry of `page_streams` (an index into `streams`), so pages can
    share one content stream, as the slow PDFs found in the wild do."""
    streams, pages = page_streams
    font = 3 + len(pages) + len(streams)
    page_ids = list(range(3, 3 + len(pages)))
    first_stream = 3 + len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % n for n in page_ids), len(pages)),
    ]
    for index in pages:
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (font, first_stream + index)
        )
    objects += [stream(commands) for commands in streams]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_file(objects)


def text(word):
    return b"BT /F1 12 Tf 72 760 Td (" + word + b") Tj ET"


def document(title, pdf):
    return stored_document(title, pdf, "fil.pdf")


def test_only_the_first_200_pages_are_read(db):
    streams = [text(b"Forside"), text(b"Efterskriftsord")]
    pages = [0] * MAX_PAGES_READ + [1] * 10
    doc = document("Lang", many_pages_pdf((streams, pages)))
    assert extract(doc)
    stored = DocumentText.objects.get(pk=doc.pk)
    assert "Forside" in stored.text
    assert "Efterskriftsord" not in stored.text
    assert stored.failure == ""


def test_an_unreadable_file_is_recorded_once_and_not_read_again(db):
    doc = document("Ødelagt", b"%PDF-1.4\nnot really a pdf")
    make_publication("Med ødelagt fil", document=doc)
    assert unread_documents() == [doc.pk]
    assert extract(doc)
    assert DocumentText.objects.get(pk=doc.pk).failure == UNREADABLE
    assert unread_documents() == [], "the beat sweep must not queue it again"
    assert not extract(doc)


def test_a_pdf_past_the_time_limit_is_recorded_and_not_retried(transactional_db, celery_worker):
    assert settings.CELERY_TASK_ROUTES[extract_document_text.name]["queue"] == "documents"
    # 300 pages sharing one content stream of 4,000 text operations: seconds to read.
    slow = b" ".join(text(b"ord%d" % n) for n in range(4000))
    doc = document("Langsom", many_pages_pdf(([slow], [0] * 300)))
    # The task's own limit is 30 s; one second shows the same path without the wait.
    log_before = celery_worker.log_path.stat().st_size  # the log file outlives test runs
    extract_document_text.apply_async((doc.pk,), soft_time_limit=1, time_limit=20)

    def new_log():
        with celery_worker.log_path.open("rb") as log:
            log.seek(log_before)
            return log.read().decode(errors="replace")

    wait_until(
        lambda: f"PDF'en i dokument {doc.pk} tog for lang tid" in new_log(),
        30,
        "the soft time limit did not stop the read",
    )
    assert DocumentText.objects.get(pk=doc.pk).failure == INTERRUPTED
    make_publication("Med langsom fil", document=doc)
    assert unread_documents() == [], "the beat sweep must not queue it again"
    # The worker is free again: an ordinary PDF is read at once.
    quick = document("Hurtig", many_pages_pdf(([text(b"Hurtigtekst")], [0])))
    extract_document_text.delay(quick.pk)

    def read():
        stored = DocumentText.objects.filter(pk=quick.pk, failure="").first()
        return stored is not None and "Hurtigtekst" in stored.text

    wait_until(
        read,
        30,
        "the worker did not read the next PDF",
    )
