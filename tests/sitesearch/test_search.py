"""/soeg/: Danish words, weights, typos, filters, snippets, pages and the cost of a search."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lederweb.demo import paragraphs
from lederweb.models import Theme
from sitesearch.indexing import index_pages
from stats.models import DailyReads
from tests.projects.factories import make_article, make_project
from tests.sitesearch.support import publish, published_article, result_titles, search

pytestmark = pytest.mark.django_db


def all_titles(client, **params):
    """Every result title, page by page."""
    titles, number = [], 1
    while True:
        shown = result_titles(search(client, side=str(number), **params))
        titles += shown
        if len(shown) < 10:
            return titles
        number += 1


def test_danish_inflections_find_each_other(client, tree):
    published_article("Den gode skovrider", "Om at gå foran i skoven.")
    published_article("Konsulenterne kommer", "Om rådgivning.")
    published_article("Frivillige skal også ledes", "Om foreninger.")
    assert result_titles(search(client, q="skovridere")) == ["Den gode skovrider"]
    assert result_titles(search(client, q="konsulent")) == ["Konsulenterne kommer"]
    assert result_titles(search(client, q="frivillig")) == ["Frivillige skal også ledes"]


def test_a_title_match_ranks_above_a_lead_match_above_a_body_match(client, tree):
    # The newest has the word in its body only: newness must not beat weight.
    published_article("Kompetencehjulet i praksis", date=(2012, 1, 1))
    published_article("Et andet emne", date=(2012, 6, 1), introduction="Om kompetencehjulet.")
    published_article("Noget helt tredje", "Her nævnes kompetencehjulet.", date=(2013, 1, 1))
    assert result_titles(search(client, q="kompetencehjulet")) == [
        "Kompetencehjulet i praksis",
        "Et andet emne",
        "Noget helt tredje",
    ]


def test_a_typo_finds_the_page_and_offers_the_word(client, tree):
    published_article("Frivillige skal også ledes", "Om foreninger og frivillige.")
    response = search(client, q="ledelse af frivilige")
    assert result_titles(response) == ["Frivillige skal også ledes"]
    html = response.content.decode()
    assert "Ingen sider passer til »ledelse af frivilige«" in html
    assert 'Mente du »<a href="?q=ledelse+af+frivillige">ledelse af frivillige</a>«?' in html
    assert "1 resultat for »ledelse af frivillige«" in html


def test_filters_combine_and_stay_in_the_address(client, tree):
    word = "Filtreringsordet"
    published_article("A: V3 2013", word, date=(2013, 5, 1), sections=[3])
    published_article("B: V3 2012", word, date=(2012, 5, 1), sections=[3])
    published_article("C: V2 2013", word, date=(2013, 5, 1), sections=[2])
    published_article("D: bestyrelsen 2013", word, date=(2013, 5, 1), board=True)
    publish(make_project("E: projekt V3 2013", sections=[3], start_date=datetime.date(2013, 1, 1)))
    publish(make_project("F: projekt om det", body=paragraphs(word)))

    def titles(**filters):
        return {title.split(":")[0] for title in all_titles(client, q=word, **filters)}

    assert titles() == {"A", "B", "C", "D", "F"}  # E says nothing about it
    assert titles(type="artikel") == {"A", "B", "C", "D"}
    assert titles(type="artikel", vaeksthus="3") == {"A", "B"}
    assert titles(type="artikel", vaeksthus="3", aar="2013") == {"A"}
    assert titles(vaeksthus="bestyrelsen") == {"D"}
    assert titles(type="projekt") == {"F"}
    assert titles(aar="2013", vaeksthus="2") == {"C"}
    # Without words, the filters list what they let through, newest first.
    assert all_titles(client, type="projekt", vaeksthus="3") == ["E: projekt V3 2013"]


def test_a_bad_filter_value_is_dropped_with_a_danish_message(client, tree):
    published_article("Frivillige skal også ledes", "Om foreninger.")
    response = search(client, q="frivillige", aar="1800", type="findes-ikke")
    assert result_titles(response) == ["Frivillige skal også ledes"]
    assert "Vælg en af mulighederne på listen." in response.content.decode()


def test_snippets_mark_the_words_and_escape_the_page_text(client, tree):
    # A lead is plain text, shown as typed: its signs must come out as text, never as markup.
    published_article(
        "Om sikkerhed",
        introduction='Skumfidusmodellen: 2 < 3 & "citat" <script>alert("hej")</script> '
        '<img src=x onerror="alert(1)" og \ue000ikke\ue001 mere.',
    )
    html = search(client, q="skumfidusmodellen").content.decode()
    snippet = re.search(r'search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert snippet.startswith("<mark>Skumfidusmodellen</mark>: 2 &lt; 3 &amp; &quot;citat&quot;")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert snippet.count("<mark>") == 1  # marker characters in the page text mark nothing
    assert "ikke" in snippet


def test_results_come_ten_a_page_with_the_query_kept(client, tree):
    for n in range(23):
        make_article(f"Paginering {n:02d}", body=paragraphs("Om bladremodellen."))
    index_pages(page.pk for page in tree.get_descendants())
    first = search(client, q="bladremodellen")
    assert len(result_titles(first)) == 10
    html = first.content.decode()
    assert "23 resultater for »bladremodellen«" in html
    assert "Side 1 af 3" in html
    assert 'href="?q=bladremodellen&amp;side=2" rel="next"' in html
    last = search(client, q="bladremodellen", side="3")
    assert len(result_titles(last)) == 3
    assert "<title>Søgning: bladremodellen – side 3 | Lederweb</title>" in last.content.decode()
    assert len(set(all_titles(client, q="bladremodellen"))) == 23


def test_the_count_stops_at_a_ceiling(client, tree, monkeypatch):
    # At 1,000 on the site; counting every match of a common word among 100,000 pages would
    # cost more than the search.
    monkeypatch.setattr("sitesearch.search.MAX_COUNTED", 12)
    for n in range(15):
        make_article(f"Loft {n:02d}", body=paragraphs("Om lofthøjden."))
    index_pages(page.pk for page in tree.get_descendants())
    html = search(client, q="lofthøjden").content.decode()
    assert "Over 12 resultater for »lofthøjden«" in html
    assert "Side 1 af 2" in html
    assert len(result_titles(search(client, q="lofthøjden", side="2"))) == 2


def test_nothing_found_offers_ways_on_and_the_newest_articles(client, tree):
    newest = published_article("Nyeste nyt", date=(2013, 6, 1))
    Theme.objects.create(name="Ledelse på afstand")
    response = search(client, q="xylofonkvartet", type="artikel")
    html = response.content.decode()
    assert result_titles(response) == []
    assert "Ingen resultater for »xylofonkvartet«" in html
    assert "Mente du" not in html
    assert "Tjek stavningen" in html
    assert '<a href="/soeg/?q=xylofonkvartet">Søg i alt indhold uden filtre</a>' in html
    assert '<a href="/soeg/?q=Ledelse%20p%C3%A5%20afstand">Ledelse på afstand</a>' in html
    tips = html.split('id="search-reading-tips"', 1)[1]
    assert tips.startswith(">Nyeste artikler</h2>") and newest.title in tips


def test_nothing_found_shows_the_most_read_articles_once_there_are_reads(client, tree):
    published_article("Nyeste nyt", date=(2013, 6, 1))
    read = published_article("Meget læst", date=(2010, 1, 1))
    DailyReads.objects.create(page=read, day=timezone.localdate(), reads=40)
    tips = search(client, q="xylofonkvartet").content.decode().split('id="search-reading-tips"')[1]
    assert tips.startswith(">Mest læste</h2>")
    assert "Meget læst" in tips and "Nyeste nyt" not in tips


def test_the_page_without_a_query_explains_itself(client, tree):
    response = client.get("/soeg/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Søgning | Lederweb</title>" in html
    assert "Hvad leder du efter?" in html
    assert "search-results" not in html


def test_title_says_what_was_searched_and_search_engines_stay_out(client, tree):
    html = search(client, q="frivillige").content.decode()
    assert "<title>Søgning: frivillige | Lederweb</title>" in html
    assert '<meta name="robots" content="noindex">' in html


def test_every_page_but_the_search_page_has_the_search_field_in_its_header(client, tree):
    article = published_article("En artikel")
    for path in ["/", article.url, "/findes-ikke/"]:
        html = client.get(path).content.decode()
        header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
        assert 'action="/soeg/" method="get" role="search"' in header
        assert '<label class="visually-hidden" for="header-search">Søgeord</label>' in header
        assert '<input id="header-search" type="search" name="q"' in header
    html = search(client, q="ledelse").content.decode()
    assert html.count('type="search"') == 1, "one search field on the search page"
    assert '<a class="header-toggle header-toggle--link" href="#id_q">' in html


def queries_for(client, **params):
    search(client, **params)  # the first request also fills the routing caches
    with CaptureQueriesContext(connection) as captured:
        response = search(client, **params)
    assert response.status_code == 200
    return len(captured), len(result_titles(response))


SEARCHES = [
    {"q": "tællemodellen"},
    {"q": "tællemodellen", "type": "artikel", "aar": "2011", "vaeksthus": "2"},
    {"q": "tællemodellen", "side": "2"},
    {"q": "tællemodelen"},  # a typo: the correction costs a few queries more
    {"q": "xylofonkvartet"},  # nothing found: themes and reading tips
]


def test_a_search_costs_the_same_queries_for_10_or_50_matches(client, tree):
    # 11 matches (two pages of results) against 50 (five): a query per result or per page
    # would show.
    def add(start, count):
        # Indexed in one go, as the rebuild command does: publishing a hundred takes long.
        pages = [
            make_article(
                f"Mængde {n}",
                date=(2011, 1, 1),
                sections=[2],
                body=paragraphs("Om tællemodellen."),
            )
            for n in range(start, start + count)
        ]
        index_pages(page.pk for page in pages)

    add(0, 11)
    few = [queries_for(client, **params) for params in SEARCHES]
    add(11, 39)
    many = [queries_for(client, **params) for params in SEARCHES]
    assert [count for count, _ in few] == [count for count, _ in many]
    assert [shown for _, shown in few] == [10, 10, 1, 10, 0]
    assert [shown for _, shown in many] == [10, 10, 10, 10, 0]
    assert few[0][0] <= 4  # the Væksthus choices, the count, the ranked ids, their rows
