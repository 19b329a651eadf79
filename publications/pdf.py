import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)


def count_pdf_pages(document):
    """The number of pages of a Wagtail document's PDF file, or None if it cannot be read."""
    if document is None or not document.file:
        return None
    try:
        with document.file.open("rb") as handle:
            return len(PdfReader(handle).pages)
    except (OSError, PyPdfError, ValueError):
        logger.warning("Kunne ikke tælle siderne i dokument %s", document.pk, exc_info=True)
        return None
