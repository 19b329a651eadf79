"""What readers see of the counts: "Mest læste" (the last 30 days) on the front page and
beside each article, and "Læst … gange" on each article; cached apart from the rest of the
site, and without making the article page slower."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lederweb.cache import site_generation
from projects.most_read import most_read_articles
from stats import rollup
from stats.models import DailyReads
from tests.projects.factories import make_article, make_project, small_image
from tests.support import empty_cache

pytestmark = pytest.mark.django_db


def reads(page, count, days_ago=0):
    day = timezone.localdate() - timedelta(days=days_ago)
    row, _ = DailyReads.objects.get_or_create(page=page, day=day)
    DailyReads.objects.filter(pk=row.pk).update(reads=row.reads + count)


def rolled_up():
    """What the roll-up does after writing rows: totals to Redis, a new popularity generation."""
    client = rollup.redis()
    rollup.publish_totals(client, None, everything=True)
    rollup.bump_generation(client)


def box_titles(html):
    box = html.split('id="most-read-heading"')[1].split("</section>")[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', box)


@pytest.fixture
def ranked(home):
    """Seven articles whose reads make a known order within the last 30 days."""
    pages = {title: make_article(title) for title in "ABCDEFG"}
    reads(pages["A"], 1000, days_ago=30)  # the day before the 30 days: not counted
    reads(pages["A"], 1)
    reads(pages["B"], 50, days_ago=29)
    reads(pages["C"], 30)
    reads(pages["C"], 5, days_ago=10)
    reads(pages["D"], 20)
    reads(pages["E"], 10, days_ago=3)
    reads(pages["F"], 5)
    reads(pages["G"], 999)
    pages["G"].unpublish()
    rolled_up()
    return pages


def test_most_read_are_the_last_30_days_most_read_first(ranked):
    assert [(a.title, a.recent_reads) for a in most_read_articles()] == [
        ("B", 50),
        ("C", 35),
        ("D", 20),
        ("E", 10),
        ("F", 5),
    ]
    assert [a.title for a in most_read_articles(limit=10)] == ["B", "C", "D", "E", "F", "A"]


def test_the_box_is_on_the_front_page_and_beside_every_article(client, ranked):
    expected = ["B", "C", "D", "E", "F"]
    assert box_titles(client.get("/").content.decode()) == expected
    html = client.get(ranked["A"].url).content.decode()
    assert box_titles(html) == expected
    assert "De seneste 30 dage" in html


def test_an_article_is_not_in_its_own_box_which_stays_full(client, ranked):
    html = client.get(ranked["C"].url).content.decode()
    assert box_titles(html) == ["B", "D", "E", "F", "A"]
    assert box_titles(client.get(ranked["B"].url).content.decode()) == ["C", "D", "E", "F", "A"]
    assert box_titles(client.get("/").content.decode()) == ["B", "C", "D", "E", "F"]


def test_each_count_says_what_it_counts(client, ranked):
    """The article's total and the box's last 30 days, never two bare numbers side by side."""
    html = client.get(ranked["C"].url).content.decode()
    assert "Læst 35 gange i alt" in html
    assert "50 læsninger de seneste 30 dage" in html
    assert "1 læsning de seneste 30 dage" in html


def test_each_article_shows_its_total_in_danish(client, home):
    many, one, none = make_article("Mange"), make_article("En"), make_article("Ingen")
    reads(many, 1200, days_ago=100)
    reads(many, 34)
    reads(one, 1)
    rolled_up()
    assert "Læst 1.234 gange" in client.get(many.url).content.decode()
    assert "Læst 1 gang i alt<" in client.get(one.url).content.decode()
    assert "Læst" not in client.get(none.url).content.decode()


def test_a_roll_up_renews_the_box_but_not_the_whole_site(client, ranked):
    generation = site_generation()
    assert box_titles(client.get("/").content.decode())[0] == "B"
    reads(ranked["F"], 500)
    assert box_titles(client.get("/").content.decode())[0] == "B", "cached until a roll-up"
    rolled_up()
    assert box_titles(client.get("/").content.decode())[0] == "F"
    assert site_generation() == generation, "the rest of the site stays cached"


def test_the_box_follows_the_site_when_an_article_is_renamed(client, ranked):
    assert box_titles(client.get("/").content.decode())[0] == "B"
    ranked["B"].title = "B, nyt navn"
    ranked["B"].save_revision().publish()
    assert box_titles(client.get("/").content.decode())[0] == "B, nyt navn"


def test_the_article_page_costs_no_more_queries(client, tree, django_assert_max_num_queries):
    """Before "Mest læste" and the theme links the article page made 3 queries with its
    fragments cached: at most one more now. Built from scratch it adds one query at most,
    the box (the count comes with the read from Redis, the theme pages' address with the
    themes)."""
    image = small_image()
    project = make_project("Projekt")
    article = make_article(
        "Artikel", themes=["Innovation"], image=image, project=project, sections=[1, 2]
    )
    related = make_article("Relateret", themes=["Innovation"], image=image)
    reads(article, 10)
    reads(related, 5)
    rolled_up()
    client.get(article.url)
    with django_assert_max_num_queries(3 + 1):
        html = client.get(article.url).content.decode()
    assert "Læst 10 gange i alt" in html and box_titles(html) == ["Relateret"]
    assert 'href="/temaer/innovation/">Innovation</a>' in html

    empty_cache()
    rolled_up()
    with CaptureQueriesContext(connection) as cold:
        html = client.get(article.url).content.decode()
    assert "Læst 10 gange i alt" in html and box_titles(html) == ["Relateret"]
    assert 'href="/temaer/innovation/">Innovation</a>' in html
    queries = [query["sql"] for query in cold.captured_queries]
    assert len([sql for sql in queries if "stats_dailyreads" in sql]) == 1
    assert len([sql for sql in queries if "themeindexpage" in sql]) == 1
    assert len([sql for sql in queries if '"lederweb_theme"' in sql]) == 1
