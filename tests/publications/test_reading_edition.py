import pytest

from tests.publications.factories import make_publication

pytestmark = pytest.mark.django_db

CHAPTERS = [
    ("chapter", {"title": "Når lederen ikke er i huset", "body": "<p>Første kapitel.</p>"}),
    ("chapter", {"title": "Tillid på afstand", "body": "<p>Andet kapitel.</p>"}),
    ("chapter", {"title": "Fem greb til hverdagen", "body": "<p>Tredje kapitel.</p>"}),
]


@pytest.fixture
def book(index):
    return make_publication("Nærværende ledelse på afstand", reading_edition=CHAPTERS)


def test_publication_page_links_to_the_reading_edition(client, book):
    html = client.get(book.url).content.decode()
    assert f'href="{book.url}laes/">Læs den som e-publikation' in html


def test_contents_lists_every_chapter_in_order(client, book):
    html = client.get(f"{book.url}laes/").content.decode()
    assert "<h1>Nærværende ledelse på afstand</h1>" in html
    toc = html.split('aria-labelledby="indholdsfortegnelse"')[1].split("</nav>")[0]
    assert toc.index("Når lederen ikke er i huset") < toc.index("Tillid på afstand")
    assert toc.index("Tillid på afstand") < toc.index("Fem greb til hverdagen")
    assert f'href="{book.url}laes/1/">Begynd at læse' in html


def test_a_middle_chapter_links_to_both_neighbours(client, book):
    html = client.get(f"{book.url}laes/2/").content.decode()
    assert '<h1 class="reading-edition__chapter-title">Tillid på afstand</h1>' in html
    assert "Andet kapitel." in html and "Første kapitel." not in html
    assert f'href="{book.url}laes/1/" rel="prev"' in html
    assert f'href="{book.url}laes/3/" rel="next"' in html
    assert f'href="{book.url}laes/2/" aria-current="page"' in html
    assert "Kapitel 2 af 3" in html


def test_first_and_last_chapters_have_one_neighbour(client, book):
    first = client.get(f"{book.url}laes/1/").content.decode()
    last = client.get(f"{book.url}laes/3/").content.decode()
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="prev"' in last and 'rel="next"' not in last


@pytest.mark.parametrize("path", ["laes/0/", "laes/4/"])
def test_chapters_out_of_range_are_not_found(client, book, path):
    assert client.get(book.url + path).status_code == 404


def test_a_publication_without_reading_edition_has_none(client, index):
    publication = make_publication("Ledere der lykkes")
    assert "e-publikation" not in client.get(publication.url).content.decode()
    assert client.get(f"{publication.url}laes/").status_code == 404
