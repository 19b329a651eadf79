"""Issue 10.3: a document in a private collection is served by no address to someone who has
not given the collection's password; file names cannot be guessed."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% Fortroligtxq dokument\n%%EOF\n"


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Bestyrelsen (lukket)")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    document = get_document_model()(title="Referat", collection=collection)
    document.file.save("referat.pdf", ContentFile(PDF))
    return document


def addresses(document):
    """Every address the file could be asked for by: the serve view, its media address, and
    that address written in ways a file server would read the same."""
    name = document.file.name  # documents/<random>/referat.pdf
    return [
        document.url,
        f"/media/{name}",
        f"/media/./{name}",
        f"/media/documents/../{name}",
        f"/media//{name}",
        f"/media/{name.replace('documents/', 'documents/./')}",
    ]


def test_a_private_collection_pdf_is_served_by_no_address(client, private_document):
    for url in addresses(private_document):
        response = client.get(url, follow=True)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"Fortroligtxq" not in body, url
        assert response.status_code in (200, 404), url
        if response.status_code == 200:  # the serve view's password form, in Danish
            assert b'type="password"' in body


def test_with_the_password_the_serve_view_sends_it(client, private_document):
    restriction = CollectionViewRestriction.objects.get()
    response = client.post(
        f"/dokumenter/authenticate_with_password/{restriction.pk}/",
        {"password": "x", "return_url": private_document.url},
    )
    assert response.status_code == 302
    response = client.get(private_document.url)
    assert b"Fortroligtxq" in b"".join(response.streaming_content)
    # The media address still only redirects.
    assert client.get(f"/media/{private_document.file.name}").status_code == 302


def test_upload_names_cannot_be_guessed(private_document):
    folder, token, name = private_document.file.name.split("/")
    assert (folder, name) == ("documents", "referat.pdf")
    assert re.fullmatch(r"[\w-]{20,}", token)
    other = get_document_model()(title="Andet")
    other.file.save("referat.pdf", ContentFile(PDF))
    assert other.file.name.split("/")[1] != token
    assert private_document.filename == "referat.pdf"  # downloaded under its own name


@override_settings(SENDFILE_BACKEND="lederweb.documents", DOCUMENTS_ACCEL_REDIRECT="/intern/")
def test_behind_nginx_the_file_is_named_not_sent(client, private_document):
    from wagtail.utils.sendfile import _get_sendfile

    _get_sendfile.clear()
    CollectionViewRestriction.objects.all().delete()
    response = client.get(private_document.url)
    assert response["X-Accel-Redirect"] == f"/intern/{private_document.file.name}"
    assert b"Fortroligtxq" not in response.content
    _get_sendfile.clear()
