import io

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.images import get_image_model

from publications.models import PublicationPage
from tests.publications.factories import make_order, make_publication, publication_index

pytestmark = pytest.mark.django_db


def titles(html):
    """The publication titles of the listing, in order."""
    return [
        part.split(">", 1)[1].split("<", 1)[0]
        for part in html.split('class="publication-card__title"><a href=')[1:]
    ]


def test_newest_first_with_year_and_marking(client, sections):
    make_publication("Ledere der lykkes", year=2011, printed=[10], sections=[sections[2]])
    make_publication("Ledelse af frivillige", year=2013, sections=[sections[3]])
    make_publication("Sammenhængskraft – i virkeligheden", year=2012)

    html = client.get("/udgivelser/").content.decode()

    assert titles(html) == [
        "Ledelse af frivillige",
        "Sammenhængskraft – i virkeligheden",
        "Ledere der lykkes",
    ]
    assert '<p class="card__meta">2013</p>' in html
    assert '<span class="marking marking--3">Væksthus 3</span>' in html
    assert html.count("Trykt udgave kan bestilles gratis") == 1
    assert "3 udgivelser" in html


def test_filters_by_vaeksthus_and_theme_combine_in_the_url(client, sections, theme):
    make_publication("Nærværende ledelse på afstand", sections=[sections[3]], themes=[theme])
    make_publication("Ledelse af frivillige", sections=[sections[3]])
    make_publication("Sammenhængskraft – i virkeligheden", sections=[sections[1], sections[3]])

    by_section = client.get("/udgivelser/?vaeksthus=1").content.decode()
    by_theme = client.get(f"/udgivelser/?tema={theme.slug}").content.decode()
    both = client.get(f"/udgivelser/?vaeksthus=3&tema={theme.slug}").content.decode()
    neither = client.get(f"/udgivelser/?vaeksthus=1&tema={theme.slug}").content.decode()

    assert titles(by_section) == ["Sammenhængskraft – i virkeligheden"]
    assert titles(by_theme) == ["Nærværende ledelse på afstand"]
    assert titles(both) == ["Nærværende ledelse på afstand"]
    assert titles(neither) == []
    assert "Ingen udgivelser passer til dit valg" in neither
    assert '<option value="3" selected>' in both  # the form shows the chosen filters


def test_an_unknown_filter_value_is_ignored(client, index):
    make_publication("Ledere der lykkes")
    response = client.get("/udgivelser/?vaeksthus=9&tema=findes-ikke")
    assert response.status_code == 200
    assert titles(response.content.decode()) == ["Ledere der lykkes"]


def test_pages_keep_the_filters(client, sections):
    for number in range(14):
        make_publication(f"Udgivelse {number:02}", year=2000 + number, sections=[sections[2]])

    first = client.get("/udgivelser/?vaeksthus=2").content.decode()
    second = client.get("/udgivelser/?vaeksthus=2&side=2").content.decode()

    assert len(titles(first)) == 12
    assert titles(second) == ["Udgivelse 01", "Udgivelse 00"]
    assert 'href="?vaeksthus=2&amp;side=2" rel="next"' in first
    assert "Side 2 af 2" in second


def _covers(count):
    covers = []
    for number in range(count):
        buffer = io.BytesIO()
        Image.new("RGB", (120, 170), (20 * number, 60, 110)).save(buffer, "JPEG")
        covers.append(
            get_image_model().objects.create(
                title=f"Forside {number}",
                description=f"Forside nummer {number}",
                file=ImageFile(buffer, name=f"forside-{number}.jpg"),
            )
        )
    return covers


def _add_publications(count, start, covers, sections):
    index = publication_index()
    for number in range(start, start + count):
        page = PublicationPage(
            title=f"Udgivelse {number}",
            year=2013,
            cover=covers[number % len(covers)],
            vaeksthuse=[sections[1 + number % 3]],  # saved with the page, not in a second save
        )
        index.add_child(instance=page)
        make_order(page, 1)


def _queries(client, path):
    client.get(path)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_listing_queries_stay_constant_as_publications_grow(client, sections):
    # 10 (one page of 12) against 50 (five pages): a query per card or per page would show.
    covers = _covers(3)
    _add_publications(10, 0, covers, sections)
    with_ten = _queries(client, "/udgivelser/")

    _add_publications(40, 10, covers, sections)
    with_fifty = _queries(client, "/udgivelser/")

    assert with_ten == with_fifty
    html = client.get("/udgivelser/").content.decode()
    assert "<picture>" in html and 'loading="lazy"' in html and "format-avif" in html


def test_section_page_lists_its_newest_publications(client, sections):
    make_publication("Ledelse af frivillige", year=2013, sections=[sections[3]])
    make_publication("Ledere der lykkes", year=2011, sections=[sections[2]])

    html = client.get(sections[3].url).content.decode()

    teasers = html.split('id="section-publications"')[1].split("</section>")[0]
    assert titles(teasers) == ["Ledelse af frivillige"]
    assert 'href="/udgivelser/?vaeksthus=3"' in teasers


def test_the_board_is_a_choice_and_an_unknown_value_is_explained(client, sections):
    """The publications filter as every listing does (projects/filters.py): the board is one
    of the choices, and a value not on the list is left out and said to be so in Danish."""
    make_publication("Bestyrelsens notat", board=True)
    make_publication("Ledere der lykkes", sections=[sections[2]])

    board = client.get("/udgivelser/?vaeksthus=bestyrelsen").content.decode()
    unknown = client.get("/udgivelser/?vaeksthus=9").content.decode()

    assert titles(board) == ["Bestyrelsens notat"]
    assert '<option value="bestyrelsen" selected>Bestyrelsen</option>' in board
    assert len(titles(unknown)) == 2
    assert 'id="id_vaeksthus_error"' in unknown
    assert "Vælg en af mulighederne på listen." in unknown
