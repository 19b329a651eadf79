import logging
from itertools import islice

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)


def _read_pdf(document, read):
    """`read(reader)` on a Wagtail document's PDF file, or None if it cannot be read."""
    if document is None or not document.file:
        return None
    try:
        with document.file.open("rb") as handle:
            return read(PdfReader(handle))
    except (OSError, PyPdfError, ValueError, KeyError, TypeError):
        logger.warning("Kunne ikke læse PDF'en i dokument %s", document.pk, exc_info=True)
        return None


def count_pdf_pages(document):
    """The number of pages of a Wagtail document's PDF file, or None if it cannot be read."""
    return _read_pdf(document, lambda reader: len(reader.pages))


# Past this the words add little to search, and a crafted PDF can make every page slow.
MAX_PAGES_READ = 200


def extract_pdf_text(document, max_pages=MAX_PAGES_READ):
    """The text of the first `max_pages` pages of a Wagtail document's PDF file ("" for a
    scanned PDF without a text layer), or None if it cannot be read. Slow for long PDFs: call
    it from a Celery worker (sitesearch.tasks, on the `documents` queue, with a time limit)."""
    return _read_pdf(
        document,
        lambda reader: "\n".join(
            page.extract_text() or "" for page in islice(reader.pages, max_pages)
        ),
    )
