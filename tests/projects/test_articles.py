import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lederweb.demo import paragraphs
from projects.models import ArticlePage
from projects.reading import reading_minutes
from tests.projects.factories import make_article, make_project, many_articles, small_image
from tests.support import caches_with_redis_down, empty_cache

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_index_lists_newest_first_ten_a_page(client, tree):
    many_articles(23)
    first = client.get("/artikler/")
    assert titles(first) == [f"Artikel {n:03d}" for n in range(22, 12, -1)]
    assert "23 artikler" in first.content.decode()
    assert "Side 1 af 3" in first.content.decode()
    third = client.get("/artikler/?side=3")
    assert titles(third) == ["Artikel 002", "Artikel 001", "Artikel 000"]


def test_bad_page_number_shows_a_valid_page(client, tree):
    many_articles(12)
    assert titles(client.get("/artikler/?side=99")) == ["Artikel 001", "Artikel 000"]
    assert len(titles(client.get("/artikler/?side=abc"))) == 10
    # "²" passes str.isdigit(), and 4,301 digits are more than int() reads: both answered
    # 500 (the canonical address) before.
    for number in ("²", "1" * 4301):
        response = client.get(f"/artikler/?side={number}")
        assert response.status_code == 200
        assert len(titles(response)) == 10


def test_filters_combine_and_stay_in_the_pagination_links(client, tree):
    project = make_project("Innovative gaver", sections=[3])
    wanted = make_article(
        "Træn din innovationsmuskel",
        date=(2013, 2, 1),
        sections=[3],
        themes=["Innovation"],
        project=project,
    )
    make_article("Forkert år", date=(2012, 2, 1), sections=[3], themes=["Innovation"])
    make_article("Forkert væksthus", date=(2013, 2, 1), sections=[2], themes=["Innovation"])
    make_article("Forkert tema", date=(2013, 2, 1), sections=[3], themes=["Strategi"])
    make_article("Forkert projekt", date=(2013, 2, 1), sections=[3], themes=["Innovation"])
    query = "?vaeksthus=3&tema=innovation&aar=2013&projekt=innovative-gaver"
    response = client.get("/artikler/" + query)
    assert titles(response) == [wanted.title]
    html = response.content.decode()
    # The form shows what was chosen, so the user sees the filters the address holds.
    assert '<option value="3" selected>' in html
    assert '<option value="innovation" selected>' in html
    assert '<option value="2013" selected>' in html
    assert "Nulstil filtre" in html
    # Filtering without the project keeps the filter through the page links.
    many_articles(12, sections=[2])
    page_one = client.get("/artikler/?vaeksthus=2").content.decode()
    assert 'href="?vaeksthus=2&amp;side=2"' in page_one
    # A pasted megabyte in the address is not copied into the links: each value is cut.
    pasted = client.get("/artikler/?vaeksthus=2&x=" + "y" * 2**20).content.decode()
    assert "y" * 200 in pasted and "y" * 201 not in pasted


def test_board_filter(client, tree):
    make_article("Hold talenterne varme", board=True)
    make_article("Ikke bestyrelsen", sections=[1])
    assert titles(client.get("/artikler/?vaeksthus=bestyrelsen")) == ["Hold talenterne varme"]


def test_unknown_filter_value_is_explained_in_danish_and_ignored(client, tree):
    many_articles(2)
    response = client.get("/artikler/?tema=findes-ikke")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(titles(response)) == 2
    assert 'id="id_tema_error"' in html
    assert "Vælg en af mulighederne på listen." in html
    assert 'aria-describedby="id_tema_error"' in html


def test_article_page_shows_what_a_reader_expects(client, tree):
    project = make_project("Sammenhængskraft", sections=[1, 2, 3])
    article = make_article(
        "Da krigen sluttede",
        date=(2013, 1, 11),
        sections=[1, 2, 3],
        themes=["Sammenhængskraft"],
        project=project,
        introduction="Når fagligheder står over for hinanden.",
        author_name="Anne Andersen",
        author_role="Journalist",
        image=small_image(alt="To farveflader mødes"),
    )
    html = client.get(article.url).content.decode()
    assert "<h1>Da krigen sluttede</h1>" in html
    assert '<time datetime="2013-01-11">11. januar 2013</time>' in html
    assert "1 min. læsning" in html
    assert "Væksthus 1+2+3" in html
    assert "Når fagligheder står over for hinanden." in html
    assert "Anne Andersen</strong>, Journalist" in html
    assert 'alt="To farveflader mødes"' in html
    assert f'href="{project.url}">Sammenhængskraft</a>' in html
    assert 'href="/temaer/sammenhaengskraft/">Sammenhængskraft</a>' in html


def test_reading_time_counts_the_body_words(tree):
    words = " ".join(["ord"] * 450)
    article = make_article("Lang artikel", body=paragraphs(words))
    assert article.reading_minutes == 3
    assert reading_minutes(ArticlePage(body=paragraphs("kort")).body) == 1
    video = [("video", {"video": None, "title": "Film", "transcript": " ".join(["x"] * 900)})]
    assert reading_minutes(ArticlePage(body=video).body) == 1, "a transcript is not read"


def related_titles(client, article):
    html = client.get(article.url).content.decode()
    related = html.split('id="related-articles"')[1]
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', related)


def test_related_articles_share_project_or_theme_newest_first_never_itself(client, tree):
    project = make_project("Fra medarbejder til leder", board=True)
    article = make_article(
        "Hold talenterne varme", date=(2013, 6, 21), project=project, themes=["Talentudvikling"]
    )
    make_article("Samme projekt", date=(2013, 6, 7), project=project)
    make_article("Samme tema, nyest", date=(2013, 9, 1), themes=["Talentudvikling"])
    make_article("Samme tema, ældst", date=(2011, 1, 1), themes=["Talentudvikling"])
    make_article(
        "Både projekt og tema", date=(2013, 7, 1), project=project, themes=["Talentudvikling"]
    )
    make_article("Intet til fælles", date=(2013, 12, 1), themes=["Strategi"])
    assert related_titles(client, article) == [
        "Samme tema, nyest",
        "Både projekt og tema",
        "Samme projekt",
    ]


def test_related_articles_update_when_an_article_is_published(client, tree):
    article = make_article("Artikel", themes=["Innovation"])
    assert "Andre læser også" not in client.get(article.url).content.decode()
    make_article("Ny om innovation", themes=["Innovation"])
    assert related_titles(client, article) == ["Ny om innovation"]


def test_article_page_queries_do_not_grow_with_related_articles(client, tree):
    image = small_image()
    article = make_article("Artikel", themes=["Innovation"], image=image)
    make_article("Relateret", themes=["Innovation"], image=image)
    client.get(article.url)
    empty_cache()
    with CaptureQueriesContext(connection) as one:
        client.get(article.url)
    many_articles(5, themes=["Innovation"], image=image)
    empty_cache()
    with CaptureQueriesContext(connection) as many:
        html = client.get(article.url).content.decode()
    assert len(related_titles(client, article)) == 3
    assert "Andre læser også" in html
    assert len(many) == len(one)


def test_rss_feed_lists_the_newest_articles_with_absolute_links(client, tree, settings):
    make_article("Ældst", date=(2012, 12, 19), introduction="Den første.")
    make_article("Nyest", date=(2013, 6, 21))
    response = client.get("/artikler/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    xml = response.content.decode()
    assert '<rss version="2.0"' in xml
    assert xml.index("<title>Nyest</title>") < xml.index("<title>Ældst</title>")
    assert f"<link>{settings.SITE_URL}/artikler/aeldst/</link>" in xml
    assert "<description>Den første.</description>" in xml


def test_cached_listing_is_rebuilt_when_an_article_is_published(client, tree):
    many_articles(2)
    assert titles(client.get("/artikler/")) == ["Artikel 001", "Artikel 000"]
    with CaptureQueriesContext(connection) as cached:
        client.get("/artikler/")
    assert not any("projects_articlepage" in q["sql"] for q in cached.captured_queries)
    make_article("Helt ny", date=(2013, 1, 1))
    assert titles(client.get("/artikler/"))[0] == "Helt ny"


def test_articles_are_served_and_published_while_redis_is_down(client, tree, settings):
    article = make_article("Skrevet før nedbruddet")
    settings.CACHES = caches_with_redis_down(settings.CACHES)
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Skrevet før nedbruddet" in response.content.decode()
    make_article("Udgivet under nedbruddet")  # publishing must not fail because of the cache
    assert "Udgivet under nedbruddet" in client.get("/artikler/").content.decode()
