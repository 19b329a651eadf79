"""Theme pages: /temaer/ lists the themes, /temaer/<slug>/ everything marked with one (articles,
publications, projects, events), newest first, ten a page, in a fixed number of queries."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from events.models import EventIndexPage
from lederweb.demo import ensure_child, ensure_home
from lederweb.models import Theme, ThemeIndexPage
from tests.events.conftest import make_event
from tests.projects.factories import make_article, make_project, many_articles, theme
from tests.projects.test_queries import queries
from tests.publications.factories import make_publication

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'class="themed-item__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def themes_page(db):
    home = ensure_home()
    return ensure_child(home, ThemeIndexPage, "temaer", title="Temaer")


@pytest.fixture
def event_index(themes_page):
    return ensure_child(ensure_home(), EventIndexPage, "arrangementer", title="Arrangementer")


def test_a_theme_lists_everything_marked_with_it_newest_first(client, themes_page, event_index):
    innovation = theme("Innovation")
    make_article("Træn din innovationsmuskel", date=(2013, 6, 1), themes=["Innovation"])
    make_publication("Innovation i praksis", year=2012, themes=[innovation])
    make_project("Innovative gaver", start_date=date(2013, 3, 1), themes=[innovation])
    event = make_event(event_index, "Innovationsdag", starts_in=timedelta(days=20))
    event.themes.set([innovation])
    event.save_revision().publish()
    make_article("Et andet tema", date=(2013, 7, 1), themes=["Strategi"])
    make_article("Trukket tilbage", date=(2013, 8, 1), themes=["Innovation"]).unpublish()

    response = client.get("/temaer/innovation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Innovation</h1>" in html
    assert titles(html) == [
        "Innovationsdag",
        "Træn din innovationsmuskel",
        "Innovative gaver",
        "Innovation i praksis",
    ]
    assert "4 sider med temaet" in html
    assert (
        'Artikel <span aria-hidden="true">·</span> <time datetime="2013-06-01">1. juni 2013' in html
    )
    assert 'Udgivelse <span aria-hidden="true">·</span> <time datetime="2012">2012</time>' in html
    start = timezone.localdate(event.start).isoformat()
    assert f'Arrangement <span aria-hidden="true">·</span> <time datetime="{start}">' in html


def test_a_theme_page_has_ten_a_page_and_breadcrumbs(client, themes_page):
    many_articles(23, themes=["Ledelse på afstand"])
    html = client.get("/temaer/ledelse-paa-afstand/").content.decode()
    assert titles(html) == [f"Artikel {n:03d}" for n in range(22, 12, -1)]
    assert "Side 1 af 3" in html
    assert titles(client.get("/temaer/ledelse-paa-afstand/?side=3").content.decode()) == [
        "Artikel 002",
        "Artikel 001",
        "Artikel 000",
    ]
    crumbs = html.split('aria-label="Brødkrumme"')[1].split("</nav>")[0]
    assert re.findall(r"<li>(.*?)</li>", crumbs) == [
        '<a href="/">Forside</a>',
        '<a href="/temaer/">Temaer</a>',
        '<span aria-current="page">Ledelse på afstand</span>',
    ]


def test_the_themes_page_lists_every_theme(client, themes_page):
    Theme.objects.create(name="Nærværende ledelse", description="Ledelse tæt på.")
    theme("Innovation")
    html = client.get("/temaer/").content.decode()
    assert '<a href="/temaer/innovation/">Innovation</a>' in html
    assert '<a href="/temaer/naervaerende-ledelse/">Nærværende ledelse</a>' in html
    assert "Ledelse tæt på." in html


def test_theme_slugs_transliterate_danish_letters(client, themes_page):
    assert Theme.objects.create(name="Ledelse på tværs af fag").slug == "ledelse-paa-tvaers-af-fag"
    assert client.get("/temaer/ledelse-paa-tvaers-af-fag/").status_code == 200


def test_an_unknown_theme_is_not_found(client, themes_page):
    assert client.get("/temaer/findes-ikke/").status_code == 404


def test_articles_and_publications_link_their_themes_to_the_theme_pages(client, themes_page):
    article = make_article("Træn din innovationsmuskel", themes=["Innovation", "Strategi"])
    html = client.get(article.url).content.decode()
    assert 'Temaer: <a href="/temaer/innovation/">Innovation</a>, ' in html
    assert '<a href="/temaer/strategi/">Strategi</a>' in html
    publication = make_publication("Innovation i praksis", themes=[theme("Innovation")])
    html = client.get(publication.url).content.decode()
    facts = html.split('class="publication-facts"')[1].split("</dl>")[0]
    assert '<dt>Temaer</dt><dd><a href="/temaer/innovation/">Innovation</a>' in facts


def test_theme_names_are_plain_text_without_a_themes_page(client, db):
    ensure_home()
    article = make_article("Uden temasider", themes=["Innovation"])
    html = client.get(article.url).content.decode()
    assert "Temaer: Innovation\n</p>" in html


def test_the_sitemap_lists_every_theme_page(client, themes_page):
    theme("Innovation")
    theme("Frivillige")
    xml = client.get("/sitemap.xml").content.decode()
    assert "/temaer/</loc>" in xml
    assert "/temaer/innovation/</loc>" in xml and "/temaer/frivillige/</loc>" in xml


def test_a_theme_page_costs_the_same_queries_for_12_or_52_pages(client, themes_page, event_index):
    # 12 pages (two pages of the listing) against 52 (six): a query per item or per page of
    # the listing would show.
    innovation = theme("Innovation")

    def add(count, start):
        for n in range(start, start + count, 4):
            make_article(f"Artikel {n}", date=(2013, 1, 1), themes=["Innovation"])
            make_publication(f"Udgivelse {n}", themes=[innovation])
            make_project(f"Projekt {n}", themes=[innovation])
            make_event(event_index, f"Arrangement {n}").themes.set([innovation])

    add(12, 0)
    ten = [queries(client, path) for path in ["/temaer/innovation/", "/temaer/"]]
    add(40, 12)
    more = [queries(client, path) for path in ["/temaer/innovation/", "/temaer/"]]
    assert more == ten
    assert queries(client, "/temaer/innovation/?side=6") == ten[0]  # the last page
