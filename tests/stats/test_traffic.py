"""Counting the site's traffic on the request path (stats/counting.py, stats/middleware.py):
page views, visits and visitors, where visits came from, devices, searches, chapters and
downloads; one Redis round trip a request, no SQL; into the daily rows by the roll-up."""

from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from redis import Redis
from wagtail.documents import get_document_model

from stats import counting, figures
from stats.counting import key, redis
from stats.traffic_rollup import roll_up_traffic
from tests.projects.factories import make_article
from tests.publications.factories import make_publication
from tests.stats.conftest import BROWSER
from tests.support import caches_with_redis_down

pytestmark = pytest.mark.django_db

IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
IPAD = IPHONE.replace("iPhone; CPU iPhone OS", "iPad; CPU OS")


@pytest.fixture
def article(home):
    return make_article("Nærværende ledelse på afstand")


def today():
    day = timezone.localdate()
    return day, day


def test_a_day_of_visits_comes_out_in_the_figures(read, article, client, editor):
    index = article.get_parent()
    phone = {"ip": "198.51.100.1", "agent": IPHONE}
    # A reader on a phone comes from Google, reads the article, goes on to the list ...
    read(article, **phone, Referer="https://www.google.dk/search?q=ledelse")
    read(index, **phone, Referer=f"http://testserver{article.url}")
    # ... and later clicks a newsletter link: an arrival starts a new visit.
    client.get(
        f"{index.url}?utm_source=nyhedsbrev&utm_campaign=nyhedsbrev-7",
        REMOTE_ADDR=phone["ip"],
        headers={"User-Agent": IPHONE},
    )
    read(index, ip="198.51.100.2", agent=IPAD)
    read(article, ip="198.51.100.3")  # a desktop browser
    client.get("/soeg/?q=Trivsel ", REMOTE_ADDR="198.51.100.3", headers={"User-Agent": BROWSER})
    client.get(  # the same search's second page: not a new search, but a page view
        "/soeg/?q=trivsel&side=2", REMOTE_ADDR="198.51.100.3", headers={"User-Agent": BROWSER}
    )
    # Not counted: a bot, a HEAD, a prefetch, an error, the admin, a logged-in editor.
    read(article, agent=GOOGLEBOT)
    read(index, method="head")
    read(index, **{"Sec-Purpose": "prefetch"})
    client.get("/findes-ikke/", headers={"User-Agent": BROWSER})
    client.force_login(editor)
    read(index)
    client.get("/admin/", headers={"User-Agent": BROWSER})

    assert roll_up_traffic() == 7
    period = today()
    assert figures.totals(*period) == figures.Totals(
        visits=4, visitors=3, page_views=7, imported=False
    )
    assert [(page.title, page.views) for page in figures.top_pages(*period)] == [
        (index.title, 3),
        (article.title, 2),
    ]
    assert figures.top_referrers(*period) == [figures.Referrer("google.dk", 1)]
    assert figures.campaigns(*period) == [figures.Campaign("nyhedsbrev", "nyhedsbrev-7", 1)]
    assert [(device.device, device.visits) for device in figures.devices(*period)] == [
        ("phone", 2),
        ("tablet", 1),
        ("desktop", 1),
    ]
    assert figures.top_searches(*period) == [figures.Search("trivsel", 1, 0)]
    assert figures.empty_searches(*period) == [figures.Search("trivsel", 1, 0)]
    assert not redis().exists(key("traffic:pending")), "the counters are gone from Redis"
    assert roll_up_traffic() == 0, "nothing new: nothing moves"


def test_chapters_and_downloads_are_counted(read, home, client):
    document = get_document_model().objects.create(
        title="Nærværende ledelse (pdf)", file=ContentFile(b"%PDF-1.4\n", "naervaer.pdf")
    )
    book = make_publication(
        "Nærværende ledelse på afstand",
        reading_edition=[("chapter", {"title": "Tillid", "body": "<p>Et kapitel.</p>"})],
    )
    assert client.get(f"{book.url}laes/1/", headers={"User-Agent": BROWSER}).status_code == 200
    assert client.get(document.url, headers={"User-Agent": BROWSER}).status_code == 200
    client.get(document.url, headers={"User-Agent": GOOGLEBOT})
    assert roll_up_traffic() == 2, "the chapter's page view and the download"
    assert figures.chapters(*today()) == [figures.Chapter(book.pk, book.title, 1, 1)]
    assert figures.downloads(*today()) == [figures.Download(document.pk, document.title, 1)]
    assert figures.totals(*today()).page_views == 1, "a download is not a page view"


def test_a_view_costs_one_redis_round_trip_and_no_sql(read, article, rf, django_assert_num_queries):
    read(article)  # today's salt fetched, the script loaded
    commands = []
    execute = Redis.execute_command

    def recording(client, *args, **options):
        commands.append(args)
        return execute(client, *args, **options)

    def counter_commands():
        """The commands that touched a counter (the cache's own reads and writes aside)."""
        touched = [c[0] for c in commands if any(b"traffic:" in _bytes(a) for a in c[1:])]
        commands.clear()
        return touched

    with mock.patch.object(Redis, "execute_command", recording):
        read(article)
        assert counter_commands() == ["EVALSHA"], "the read and the page view in one call"
        read(article.get_parent())
        assert counter_commands() == ["EVALSHA"]

    request = rf.get("/artikler/", REMOTE_ADDR="198.51.100.9", headers={"User-Agent": BROWSER})
    with django_assert_num_queries(0):
        assert counting.count_view(request, mock.Mock(status_code=200), article.pk)


def _bytes(value):
    return value if isinstance(value, bytes) else str(value).encode()


def test_the_site_serves_while_redis_is_down(read, article, settings):
    settings.CACHES = caches_with_redis_down(settings.CACHES)
    assert read(article.get_parent()).status_code == 200
    assert read(article).status_code == 200
