"""The text of a publication's PDF is searchable: read by a real Celery worker after the
publish (publishing does not wait for it), or at once by the rebuild command."""

import io

from django.core.files.base import ContentFile
from django.core.management import call_command

from sitesearch.documents import unread_documents
from sitesearch.models import DocumentText, SearchDocument
from sitesearch.tasks import read_unread_documents
from tests.publications.factories import make_publication
from tests.sitesearch.support import pdf_document, result_titles, search, text_pdf
from tests.support import wait_until


def indexed(page, word):
    # Polled in the database: the search page itself is rate-limited.
    return word in SearchDocument.objects.get(page_id=page.pk).body


def test_a_worker_reads_the_pdf_after_publishing(transactional_db, client, celery_worker):
    document = pdf_document("Rapport", "Blækspruttemodellen for ledelse", "Side to af rapporten")
    publication = make_publication("Rapporten om modellen", document=document)
    # Published at once, with the page's own text; the PDF follows from the worker.
    assert SearchDocument.objects.filter(page_id=publication.pk).exists()

    wait_until(lambda: indexed(publication, "Blækspruttemodellen"), 30, "PDF'en blev ikke læst")
    assert "Blækspruttemodellen for ledelse" in DocumentText.objects.get(pk=document.pk).text
    html = search(client, q="blækspruttemodellen").content.decode()
    assert result_titles(search(client, q="blækspruttemodellen")) == [publication.title]
    assert "<mark>Blækspruttemodellen</mark>" in html

    # A new file in place of the old: the old words go, the new ones come.
    document.file.save("ny.pdf", ContentFile(text_pdf("Vandmandsmetoden")), save=True)
    wait_until(lambda: indexed(publication, "Vandmandsmetoden"), 30, "den nye PDF blev ikke læst")
    assert result_titles(search(client, q="vandmandsmetoden")) == [publication.title]
    assert "Blækspruttemodellen" not in SearchDocument.objects.get(page_id=publication.pk).body
    html = search(client, q="blækspruttemodellen").content.decode()
    assert "Ingen sider passer til »blækspruttemodellen«" in html


def test_the_rebuild_command_reads_pdfs_itself(db, client):
    document = pdf_document("Notat", "Søpapegøjeanalysen i kommunerne")
    publication = make_publication("Notatet", document=document)  # no worker in this test
    assert result_titles(search(client, q="søpapegøjeanalysen")) == []
    assert unread_documents() == [document.pk]
    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "PDF'er [##############################] 100 %  (1/1)" in output.getvalue()
    assert result_titles(search(client, q="søpapegøjeanalysen")) == [publication.title]
    assert unread_documents() == []


def test_the_beat_sweep_queues_pdfs_the_broker_never_got(db, monkeypatch):
    queued = []
    monkeypatch.setattr("sitesearch.tasks.enqueue", lambda task, *args: queued.append(args))
    document = pdf_document("Bilag", "Tekst")
    make_publication("Med bilag", document=document)
    assert read_unread_documents() == 1
    assert queued == [(document.pk,)]


def test_a_pdf_without_text_is_read_once(db):
    from tests.publications.test_publication_page import pdf_document as scanned_pdf

    document = scanned_pdf(2, title="Scannet")  # pages that are pictures only
    make_publication("Scannet udgivelse", document=document)
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert DocumentText.objects.get(pk=document.pk).text == ""
    assert unread_documents() == []
