"""Builders for the search tests: pages published as an editor publishes them (so the index
hears of them the way it does in production), and a PDF with a real text layer."""

import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from lederweb.demo import ensure_tree_root, paragraphs
from tests.projects.factories import make_article

RESULT_TITLE = re.compile(r'class="search-result__title"><a href="([^"]*)">([^<]*)</a>')


def publish(page):
    page.save_revision().publish()
    return page


def published_article(title, text="Et afsnit.", **fields):
    return publish(make_article(title, body=paragraphs(text), **fields))


def result_titles(response):
    assert response.status_code == 200
    return [title for _, title in RESULT_TITLE.findall(response.content.decode())]


def search(client, **params):
    return client.get("/soeg/", params)


def _pdf_string(text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252")


def text_pdf(*lines):
    """A one-page PDF whose text a reader can select (Helvetica, WinAnsi: æ, ø and å too)."""
    commands = b"BT /F1 12 Tf 72 760 Td 16 TL " + b" ".join(
        b"(" + _pdf_string(line) + b") '" for line in lines
    )
    commands += b" ET"
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            stream(commands),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
    )


def stream(commands):
    return b"<< /Length %d >>\nstream\n" % len(commands) + commands + b"\nendstream"


def pdf_file(objects):
    """A PDF of `objects` (numbered from 1; the first is the catalogue), with its xref table."""
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def pdf_document(title, *lines):
    return stored_document(title, text_pdf(*lines), "tekst.pdf")


def stored_document(title, pdf, name):
    ensure_tree_root()  # the root collection too, after a flushed (transactional) test
    document = get_document_model()(title=title, file=ContentFile(pdf, name=name))
    document.save()
    return document
