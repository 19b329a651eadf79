"""Counting article reads on the request path: once per reader and article in half an hour,
never for bots, prefetches, HEAD requests, errors or editors, and with nothing personal kept."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stats.counting import key, redis
from tests.projects.factories import make_article
from tests.stats.conftest import BROWSER, roll_up_on_the_worker
from tests.support import caches_with_redis_down

pytestmark = pytest.mark.django_db


def pending(page):
    """Reads of `page` counted today and not yet rolled up."""
    value = redis().hget(key("reads:pending"), f"{page.pk}:{timezone.localdate()}")
    return int(value or 0)


@pytest.fixture
def article(home):
    return make_article("Nærværende ledelse på afstand")


def test_a_read_counts_once_per_reader_however_often_they_reload(read, article):
    for _ in range(3):
        assert read(article, ip="198.51.100.7").status_code == 200
    assert pending(article) == 1
    read(article, ip="198.51.100.8")
    assert pending(article) == 2, "another address is another reader"


def test_invented_headers_do_not_make_new_readers(read, article):
    for number in range(10):
        agent = BROWSER.replace("131.0.0.0", f"131.0.0.{number}")
        read(article, ip="198.51.100.7", agent=agent, **{"X-Forwarded-For": f"10.9.8.{number}"})
    assert pending(article) == 1, "neither a user agent nor an untrusted proxy header counts"


def test_reads_behind_a_trusted_proxy_count_per_forwarded_client(read, article, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for number in range(3):
        read(article, ip="10.0.0.2", **{"X-Forwarded-For": f"198.51.100.{number}"})
    read(article, ip="10.0.0.2", **{"X-Forwarded-For": "198.51.100.0"})
    assert pending(article) == 3


def test_one_address_counts_at_most_a_daily_cap_of_reads_of_a_page(read, article):
    from stats.counting import READS_PER_CLIENT_PER_DAY

    for _ in range(READS_PER_CLIENT_PER_DAY + 5):
        for seen in redis().scan_iter(match=key("reads:seen:*")):
            redis().delete(seen)  # as if the half-hour reload window had passed
        read(article, ip="198.51.100.7")
    assert pending(article) == READS_PER_CLIENT_PER_DAY
    read(article, ip="198.51.100.8")
    assert pending(article) == READS_PER_CLIENT_PER_DAY + 1


def test_the_same_reader_counts_for_each_article(read, article):
    other = make_article("Ledelse af frivillige")
    read(article, ip="198.51.100.7")
    read(other, ip="198.51.100.7")
    assert (pending(article), pending(other)) == (1, 1)


def test_the_reload_window_is_half_an_hour(read, article):
    read(article, ip="198.51.100.7")
    seen = list(redis().scan_iter(match=key("reads:seen:*")))
    assert len(seen) == 1
    assert 29 * 60 < redis().ttl(seen[0]) <= 30 * 60


BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko); compatible; GPTBot/1.2",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/131.0.0.0 Safari/537.36",
    "python-requests/2.32.3",
    "curl/8.5.0",
    "",
]


def test_bots_are_not_counted(read, article):
    for agent in BOTS:
        assert read(article, agent=agent).status_code == 200
        assert pending(article) == 0, agent
    read(article)
    assert pending(article) == 1


def test_prefetches_are_not_counted(read, article):
    for headers in [
        {"Sec-Purpose": "prefetch"},
        {"Sec-Purpose": "prefetch;prerender"},
        {"Purpose": "prefetch"},
    ]:
        assert read(article, **headers).status_code == 200
        assert pending(article) == 0, headers


def test_head_requests_and_posts_are_not_counted(read, article):
    read(article, method="head")
    read(article, method="post")
    assert pending(article) == 0


def test_errors_are_not_counted(read, article, client):
    article.unpublish()
    assert read(article).status_code == 404
    assert client.get("/artikler/findes-ikke/", headers={"User-Agent": BROWSER}).status_code == 404
    assert redis().hlen(key("reads:pending")) == 0


def test_editors_reading_or_previewing_are_not_counted(read, article, client, editor):
    client.force_login(editor)
    assert read(article).status_code == 200
    preview = client.get(
        f"/admin/pages/{article.pk}/edit/preview/", headers={"User-Agent": BROWSER}
    )
    assert preview.status_code == 200
    assert pending(article) == 0


# Transactional: the worker commits the day's traffic rows, which must not outlive the test.
@pytest.mark.django_db(transaction=True)
def test_nothing_personal_is_kept_in_redis_or_postgresql(read, article, celery_worker):
    address, agent = "203.0.113.77", BROWSER.replace("131.0.0.0", "131.0.6778.204")
    read(article, ip=address, agent=agent, Referer="https://www.google.dk/search?q=ledelse")
    read(article.get_parent(), ip=address, agent=agent)  # a page view of another page
    assert pending(article) == 1
    assert redis().hlen(key("traffic:pending")) > 3, "the page views are counted too"
    client = redis()
    stored = []
    for name in client.scan_iter(match=key("*")):
        kind = client.type(name)
        if kind == b"string":
            stored.append(client.get(name) or b"")
        elif kind == b"hash":
            stored.extend(b"%s=%s" % pair for pair in client.hgetall(name).items())
        stored.append(name)
    for needle in (address, "131.0.6778.204", "Mozilla"):
        assert not any(needle.encode() in value for value in stored), needle

    roll_up_on_the_worker()
    assert roll_up_on_the_worker("traffic") == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        tables = [name for (name,) in cursor.fetchall()]
        for table in tables:
            cursor.execute(
                f'SELECT count(*) FROM "{table}" AS t WHERE t::text LIKE %s OR t::text LIKE %s',  # noqa: S608 - names from pg_tables
                [f"%{address}%", "%6778.204%"],
            )
            assert cursor.fetchone()[0] == 0, table


def test_counting_costs_no_sql(read, article):
    read(article, agent="Googlebot/2.1")  # warms the cached fragments
    with CaptureQueriesContext(connection) as bot:
        read(article, agent="Googlebot/2.1")
    with CaptureQueriesContext(connection) as reader:
        read(article)
    assert pending(article) == 1
    assert len(reader) == len(bot)


def test_reads_count_while_the_page_comes_from_the_fragment_cache(read, article):
    read(article)
    with CaptureQueriesContext(connection) as cached:
        read(article)
        read(article)
    assert not any("projects_articlepage_themes" in q["sql"] for q in cached.captured_queries)
    assert pending(article) == 3


def test_the_page_is_served_while_redis_is_down(read, article, settings):
    settings.CACHES = caches_with_redis_down(settings.CACHES)
    response = read(article)
    assert response.status_code == 200
    assert "Nærværende ledelse på afstand" in response.content.decode()
