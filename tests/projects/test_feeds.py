"""The article feeds, as a feed reader sees them (feedparser): all articles as RSS 2.0 and Atom,
and each Væksthus's articles, with absolute links on SITE_URL and announced in the head."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Contact
from tests.lederweb.seo_support import head_of
from tests.projects.factories import make_article, many_articles
from tests.support import SITE_URL

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_url")]
FORMATS = {
    "rss": ("rss20", "application/rss+xml"),
    "atom": ("atom10", "application/atom+xml"),
}


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("kind", FORMATS)
def test_article_feed_lists_the_newest_articles_with_absolute_links(client, tree, kind):
    author = Contact.objects.create(name="Mette Holm", role="Projektleder")
    make_article(
        "Ældst",
        date=(2012, 12, 19),
        introduction="Den første.",
        themes=["Innovation"],
        author=author,
    )
    make_article("Nyest", date=(2013, 6, 21))
    response, feed = read_feed(client, f"/artikler/{kind}/")
    version, content_type = FORMATS[kind]
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.title == "Artikler | Lederweb"
    assert feed.feed.link == f"{SITE_URL}/artikler/"
    assert f"{SITE_URL}/artikler/{kind}/" in [link.href for link in feed.feed.links]
    assert [entry.title for entry in feed.entries] == ["Nyest", "Ældst"]
    assert [entry.link for entry in feed.entries] == [
        f"{SITE_URL}/artikler/nyest/",
        f"{SITE_URL}/artikler/aeldst/",
    ]
    oldest = feed.entries[1]
    assert oldest.summary == "Den første."
    assert oldest.author == "Mette Holm"
    assert [tag.term for tag in oldest.tags] == ["Innovation"]
    assert oldest.published_parsed[:3] == (2012, 12, 19)


@pytest.mark.parametrize("kind", FORMATS)
def test_each_vaeksthus_has_a_feed_of_its_articles(client, tree, kind):
    make_article("For topledere", sections=[1])
    make_article("For alle", sections=[1, 2, 3], date=(2013, 2, 1))
    make_article("For mellemledere", sections=[2])
    _, feed = read_feed(client, f"/vaeksthuse/topledere/{kind}/")
    assert feed.feed.title == "Væksthus for topledere | Lederweb"
    assert feed.feed.link == f"{SITE_URL}/vaeksthuse/topledere/"
    assert [entry.title for entry in feed.entries] == ["For alle", "For topledere"]
    assert feed.entries[0].link == f"{SITE_URL}/artikler/for-alle/"


def test_a_vaeksthus_without_articles_has_an_empty_feed(client, tree):
    make_article("For mellemledere", sections=[2])
    _, feed = read_feed(client, "/vaeksthuse/topledere/rss/")
    assert feed.entries == []


def test_feed_costs_the_same_queries_for_two_articles_as_for_twenty(client, tree):
    def count():
        client.get("/artikler/atom/")  # the route and the site are looked up once
        with CaptureQueriesContext(connection) as captured:
            read_feed(client, "/artikler/atom/")
        return len(captured)

    many_articles(2, themes=["Innovation"], author_name="Mette Holm")
    two = count()
    many_articles(18, start=2, themes=["Strategi"], author_name="Mette Holm")
    assert count() == two


def test_pages_announce_their_feeds_in_the_head(client, tree):
    article = make_article("En artikel", sections=[1])
    article_feeds = [
        ("application/rss+xml", f"{SITE_URL}/artikler/rss/"),
        ("application/atom+xml", f"{SITE_URL}/artikler/atom/"),
    ]
    for path in ["/", "/artikler/", article.url]:
        assert head_of(client, path).feeds == article_feeds, path
    assert head_of(client, "/vaeksthuse/topledere/").feeds == [
        ("application/rss+xml", f"{SITE_URL}/vaeksthuse/topledere/rss/"),
        ("application/atom+xml", f"{SITE_URL}/vaeksthuse/topledere/atom/"),
    ]
    assert head_of(client, "/om-vaeksthuset/").feeds == []
