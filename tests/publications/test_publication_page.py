import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.documents import get_document_model

from publications.isbn import validate_isbn13
from tests.publications.factories import make_publication

pytestmark = pytest.mark.django_db


def pdf_document(pages, title="Publikation"):
    buffer = io.BytesIO()
    sheets = [Image.new("RGB", (100, 140), "white") for _ in range(pages)]
    sheets[0].save(buffer, "PDF", save_all=True, append_images=sheets[1:])
    document = get_document_model()(title=title, file=ContentFile(buffer.getvalue(), "p.pdf"))
    document.save()
    return document


@pytest.mark.parametrize("isbn", ["978-0-306-40615-7", "9780306406157", "978-87-7065-000-7"])
def test_valid_isbn13_passes(isbn):
    validate_isbn13(isbn)


@pytest.mark.parametrize(
    ("isbn", "message"),
    [
        ("978-87-7065-000-8", "kontrolcifferet passer ikke"),
        ("87-7065-000-9", "13 cifre"),
        ("123-87-7065-000-9", "978 eller 979"),
    ],
)
def test_invalid_isbn_gets_a_danish_error(isbn, message):
    with pytest.raises(ValidationError) as error:
        validate_isbn13(isbn)
    assert message in error.value.messages[0]


def test_editor_cannot_save_a_wrong_isbn(index):
    publication = make_publication("Ledere der lykkes")
    publication.isbn_print = "978-87-7065-000-1"
    with pytest.raises(ValidationError) as error:
        publication.save_revision()
    assert "isbn_print" in error.value.message_dict


def test_page_count_is_counted_once_when_the_pdf_is_chosen(client, index, monkeypatch):
    publication = make_publication("Ledelse af frivillige", document=pdf_document(7))
    assert publication.page_count == 7

    def no_counting(document):
        raise AssertionError("siderne må ikke tælles ved hver visning")

    monkeypatch.setattr("publications.models.publication.count_pdf_pages", no_counting)
    assert "7 sider" in client.get(publication.url).content.decode()
    monkeypatch.undo()

    publication.document = pdf_document(3)
    publication.save_revision().publish()
    publication.refresh_from_db()
    assert publication.page_count == 3


def test_replacing_the_pdf_file_recounts_the_pages(index):
    document = pdf_document(4)
    publication = make_publication("Ledelse af frivillige", document=document)

    replacement = pdf_document(9)
    document.file = replacement.file
    document.save()

    publication.refresh_from_db()
    assert publication.page_count == 9


def test_page_shows_pdf_size_pages_isbn_and_colophon(client, index):
    publication = make_publication(
        "Nærværende ledelse på afstand",
        document=pdf_document(5),
        isbn_print="978-87-7065-000-7",
        editors="Anne Redaktør",
        designer="Demo Design",
        printer="Demo Tryk",
    )

    html = client.get(publication.url).content.decode()

    assert "Hent publikationen som PDF" in html
    assert "5 sider" in html and "KB" in html
    assert "978-87-7065-000-7" in html
    assert "Anne Redaktør" in html and "Demo Design" in html and "Demo Tryk" in html
