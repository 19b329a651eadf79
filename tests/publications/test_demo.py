"""The demo content: one load per test, since loading takes seconds."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from publications.models import Order, PublicationPage

pytestmark = pytest.mark.django_db

SENT_IN_2013 = {
    "Nærværende ledelse på afstand": (5000, 4400),
    "Ledelse af frivillige": (7000, 2000),
}
REPRINTED = ["Ledere der lykkes", "Sammenhængskraft – i virkeligheden"]


def assert_status_note_figures(publications):
    for title, (printed, sent) in SENT_IN_2013.items():
        publication = publications[title]
        stock = publication.stock()
        assert (publication.year, stock.printed, stock.sent) == (2013, printed, sent), title
        assert publication.project.title == title.replace("Nærværende ledelse", "Ledelse")
    bulk = Order.objects.get(
        publication__title="Nærværende ledelse på afstand",
        note="Udsendelse til kommuner og regioner",
    )
    assert (bulk.quantity, bulk.shipped_at.year) == (4400, 2013)


def assert_reprints(publications):
    for title in REPRINTED:
        publication = publications[title]
        runs = list(publication.print_runs.order_by("printed_on"))
        assert len(runs) == 2, title
        assert runs[0].printed_on.year < 2013
        assert (runs[1].printed_on.year, runs[1].note) == (2013, "genoptryk")
        stock = publication.stock()
        assert stock.printed == runs[0].copies + runs[1].copies
        assert 0 < stock.available < stock.printed


def test_demo_publications_match_the_status_note(client, demo_content):
    publications = {
        p.title: p for p in PublicationPage.objects.select_related("cover", "document", "project")
    }
    assert set(publications) == {*SENT_IN_2013, *REPRINTED}
    assert_status_note_figures(publications)
    assert_reprints(publications)
    for publication in publications.values():
        assert publication.cover.description.startswith("Forsiden af publikationen")
        assert publication.page_count >= 4
        assert publication.document.get_file_size() > 1000
        assert publication.document.filename.startswith(publication.slug)
    with_chapters = [p for p in publications.values() if p.chapters]
    assert [p.title for p in with_chapters] == ["Nærværende ledelse på afstand"]
    assert len(with_chapters[0].chapters) == 3
    menu = client.get("/").content.decode().split('aria-label="Hovedmenu"')[1].split("</nav>")[0]
    assert 'href="/udgivelser/"' in menu


def test_loading_twice_creates_nothing_new(demo_content):
    def counts():
        return [
            model.objects.count()
            for model in (PublicationPage, Order, get_image_model(), get_document_model())
        ]

    before = counts()
    call_command("load_demo_content")
    assert counts() == before
