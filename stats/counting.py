"""Site statistics and "Mest læste", counted on the server, with no cookies and nothing kept
about who saw what.

Every public page view and document download is counted after the response is made
(stats/middleware.py); an article counts itself in its serve path (ArticlePage.serve), its
read and its page view together. Either way one Lua script call to Redis does it all, and
PostgreSQL is never touched on the request path. With Redis down, pages serve, uncounted.

Traffic: a visitor is a keyed hash of (today's random salt, client address as
lederweb.ratelimit.client_ip gives it, user agent), the only key, kept until midnight (a
day's visitors) and 30 minutes after each view (a visit: views less than 30 minutes apart;
an arrival from another site or on a tagged link starts a new one). What is kept is counters
only (stats/traffic_rollup.py lists them): page views per page, visits, visitors, the
referring site's domain, utm_source/utm_campaign, the device class, chapters read, downloads,
searches with their number of results. Never the address, the user agent or a full referrer.

Reads: a reader is a keyed hash of (salt, address, page), kept 30 minutes as a dedupe key, so
reloading counts once; a new read adds one to a pending counter per (page, day). A new user
agent is not a new reader, and one address counts at most READS_PER_CLIENT_PER_DAY reads of a
page a day.

The salt is replaced every day, so yesterday's hashes cannot be recomputed. Bots, HEAD
requests, prefetches, previews and logged-in editors are not counted.

Beat tasks (stats/tasks.py) move the pending counters into daily rows exactly once:
stats/rollup.py the reads, which also keeps each page's total in Redis for "Læst … gange"
and moves the popularity generation that the "Mest læste" box (projects/most_read.py) is
cached on, so the whole site's fragments (lederweb/cache.py) are left alone;
stats/traffic_rollup.py the traffic."""

import functools
import hashlib
import hmac
import logging
import secrets
from collections import namedtuple
from datetime import datetime, time, timedelta

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django_redis import get_redis_connection
from redis.exceptions import RedisError

from lederweb.ratelimit import client_ip
from stats.traffic import campaign, device_class, normalise_query, referrer_domain

logger = logging.getLogger(__name__)

SEEN_SECONDS = 30 * 60
VISIT_SECONDS = 30 * 60  # a visit ends after 30 minutes without a view
READS_PER_CLIENT_PER_DAY = 20
GENERATION = "popularity-generation"
# Headers browsers send when they fetch a page the reader has not (yet) opened.
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")

Reads = namedtuple("Reads", "total generation")
# mode "1" a page view, "2" a download; the visitor's hash; whether the view arrived from
# another site or a tagged link; the counters it adds to, those only a new visit adds to, and
# (counter, value) pairs it sets.
Traffic = namedtuple("Traffic", "mode visitor arrival views on_visit pairs")
NO_READS = Reads(None, None)

# One script, one round trip, for everything a view counts (see count_view and read_article).
# Traffic (ARGV[1] '1' for a page view, '2' for a download, '0' for nothing): the view's own
# counters, then, for a page view, a visit when the visitor's 30-minute key was gone (or the
# view is an arrival from another site or a tagged link) and a visitor on the day's first view;
# then HSET pairs (a search's number of results).
# Read (ARGV[10] '1'): SET NX is the dedupe: only the first read in the window goes on, and
# only the visitor's first READS_PER_CLIENT_PER_DAY of the day (KEYS[8]) reach HINCRBY. The
# answer is the popularity generation and the page's rolled-up total, so the page needs no
# other lookup.
COUNT = """
local mode, i = ARGV[1], 15
if mode ~= '0' then
    local pending = KEYS[1]
    for n = 1, tonumber(ARGV[7]) do
        redis.call('HINCRBY', pending, ARGV[i], 1)
        i = i + 1
    end
    if mode == '1' then
        local new_visit = ARGV[4] == '1' or redis.call('EXISTS', KEYS[2]) == 0
        redis.call('SET', KEYS[2], '1', 'EX', ARGV[2])
        if new_visit then
            redis.call('HINCRBY', pending, ARGV[5], 1)
            for n = 0, tonumber(ARGV[8]) - 1 do
                redis.call('HINCRBY', pending, ARGV[i + n], 1)
            end
        end
        if redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[3]) then
            redis.call('HINCRBY', pending, ARGV[6], 1)
        end
    end
    i = i + tonumber(ARGV[8])
    for n = 1, tonumber(ARGV[9]) do
        redis.call('HSET', pending, ARGV[i], ARGV[i + 1])
        i = i + 2
    end
end
if ARGV[10] == '1' and redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[11]) then
    local today = redis.call('INCR', KEYS[8])
    if today == 1 then
        redis.call('EXPIRE', KEYS[8], 90000)
    end
    if today <= tonumber(ARGV[14]) then
        redis.call('HINCRBY', KEYS[5], ARGV[12], 1)
    end
end
return {redis.call('GET', KEYS[6]), redis.call('HGET', KEYS[7], ARGV[13])}
"""

_crawlers = CrawlerDetect()
_salt = {}  # today's salt, as read from Redis (the same for every web node)


def key(name):
    """Our Redis keys carry the cache's prefix, so test and development data never mix."""
    return cache.make_key(name)


def redis():
    return get_redis_connection("default")


def is_bot(user_agent):
    user_agent = user_agent.strip()[:512]  # a long header must not cost a long regex search
    return not user_agent or _crawlers.is_crawler(user_agent)


def is_countable(request, response):
    if not settings.STATS_COUNTING:
        return False
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(request, "is_preview", False):
        return False
    for header in PREFETCH_HEADERS:
        purpose = request.headers.get(header, "").lower()
        if "prefetch" in purpose or "preview" in purpose:
            return False
    if _logged_in(request):
        return False  # only editors log in; their own reading is not the readers'
    return not is_bot(request.headers.get("User-Agent", ""))


def _logged_in(request):
    # Without a session cookie no one is logged in; not touching the session then keeps
    # "Vary: Cookie" off the readers' pages.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def note_search(request, query, results):
    """Tells the counter that this response is a search for `query` that found `results`."""
    request.stats_search = (normalise_query(query), results)


def note_chapter(request, page_id, number):
    """Tells the counter that this response is chapter `number` of `page_id`'s reading edition."""
    request.stats_chapter = (page_id, number)


def note_download(request, document_id):
    request.stats_download = document_id


def count_view(request, response, page_id=None):
    """Counts a public response: a page view (of `page_id` when it is a Wagtail page) or a
    noted download, with what request.stats_* noted; one round trip. False if not counted."""
    if getattr(request, "stats_counted", False) or not is_countable(request, response):
        return False
    try:
        client = redis()
        _run(client, _traffic(client, request, page_id))
    except (RedisError, OSError) as error:
        logger.warning("Visningen af %s blev ikke talt: %s", request.path, error)
        return False
    return True


def read_article(request, page, response):
    """Counts this response as a read of `page` when it is one, and as a page view of it in the
    same round trip; returns the page's rolled-up total and the popularity generation (both
    None when unknown or Redis is down)."""
    counting = is_countable(request, response)
    request.stats_counted = True  # the middleware leaves it be
    try:
        client = redis()
        traffic = _traffic(client, request, page.pk) if counting else None
        visitor = _visitor(client, f"{client_ip(request)}\n{page.pk}") if counting else "-"
        generation, total = _run(client, traffic, (visitor, page.pk))
    except (RedisError, OSError) as error:
        logger.warning("Læsningen af side %s blev ikke talt: %s", page.pk, error)
        return NO_READS
    return Reads(int(total) if total else None, int(generation) if generation else None)


def _traffic(client, request, page_id):
    """The counters this view adds to (stats/rollup.py reads their names back)."""
    day = timezone.localdate().isoformat()
    download = getattr(request, "stats_download", None)
    if download is not None:
        return Traffic("2", "-", False, [f"f|{day}|{download}"], [], [])
    user_agent = request.headers.get("User-Agent", "")
    views, on_visit, pairs = [f"v|{day}"], [f"d|{day}|{device_class(user_agent)}"], []
    if page_id is not None:
        views.append(f"p|{day}|{page_id}")
    if chapter := getattr(request, "stats_chapter", None):
        views.append(f"h|{day}|{chapter[0]}|{chapter[1]}")
    if search := getattr(request, "stats_search", None):
        views.append(f"q|{day}|{search[0]}")
        pairs.append((f"n|{day}|{search[0]}", search[1]))
    domain, tagged = referrer_domain(request), campaign(request)
    if domain:
        on_visit.append(f"r|{day}|{domain}")
    if tagged:
        on_visit.append(f"c|{day}|{tagged[0]}|{tagged[1]}")
    visitor = _visitor(client, f"{client_ip(request)}\n{user_agent[:512]}")
    return Traffic("1", visitor, bool(domain or tagged), views, on_visit, pairs)


def _run(client, traffic, read=None):
    traffic = traffic or Traffic("0", "-", False, [], [], [])
    read_visitor, page_id = read or ("-", "")
    day = timezone.localdate()
    midnight = timezone.make_aware(datetime.combine(day + timedelta(days=1), time()))
    until_midnight = int((midnight - timezone.now()).total_seconds()) + 1
    return _script(client)(
        keys=[
            key("traffic:pending"),
            key(f"traffic:visit:{traffic.visitor}"),
            key(f"traffic:visitor:{traffic.visitor}"),
            key(f"reads:seen:{read_visitor}"),
            key("reads:pending"),
            key(GENERATION),
            key("reads:totals"),
            key(f"reads:today:{read_visitor}"),
        ],
        args=[
            traffic.mode,
            VISIT_SECONDS,
            until_midnight,
            int(traffic.arrival),
            f"s|{day}",
            f"u|{day}",
            len(traffic.views),
            len(traffic.on_visit),
            len(traffic.pairs),
            int(read is not None and read_visitor != "-"),
            SEEN_SECONDS,
            f"{page_id}:{day}",
            page_id,
            READS_PER_CLIENT_PER_DAY,
            *traffic.views,
            *traffic.on_visit,
            *(value for pair in traffic.pairs for value in pair),
        ],
    )


@functools.cache
def _script(client):
    """Registered once per connection pool: the script's SHA is computed once, not per view."""
    return client.register_script(COUNT)


def _visitor(client, message):
    """A keyed hash of `message` (an address and a page or user agent); a new salt every day
    makes it a new visitor every day, and yesterday's hashes cannot be recomputed."""
    return hmac.new(_todays_salt(client), message.encode(), hashlib.sha256).hexdigest()[:32]


def _todays_salt(client):
    today = timezone.localdate()
    if _salt.get("day") != today:
        name = key(f"reads:salt:{today}")
        # Gone an hour after midnight: long enough for the last dedupe keys of the day.
        midnight = timezone.make_aware(datetime.combine(today + timedelta(days=1), time()))
        expires = int((midnight - timezone.now()).total_seconds()) + 3600
        candidate = secrets.token_bytes(32)
        pipe = client.pipeline()
        pipe.set(name, candidate, nx=True, ex=expires)
        pipe.get(name)
        _salt.update(day=today, salt=pipe.execute()[1] or candidate)
    return _salt["salt"]
