"""Mest læste: article reads counted on the server, with no cookies and nothing kept about
who read what.

On the request path (ArticlePage.serve) one Lua script call to Redis does it all and never
touches PostgreSQL. A visitor is a keyed hash of (today's random salt, client address as
lederweb.ratelimit.client_ip gives it, page), kept 30 minutes as a dedupe key, so reloading
counts once; a new read adds one to a pending counter per (page, day). A new user agent is
not a new reader, and one address counts at most READS_PER_CLIENT_PER_DAY reads of a page a
day. The address never leaves this process, and the salt is replaced every day, so
yesterday's hashes cannot be recomputed.
Bots, HEAD requests, prefetches, previews and logged-in editors are not counted.

The beat task stats.tasks.roll_up_reads (stats/rollup.py) moves the pending counters into
daily rows in PostgreSQL exactly once, keeps each page's total in Redis for "Læst … gange",
and moves the popularity generation that the "Mest læste" box (projects/most_read.py) is
cached on, so the whole
site's fragments (lederweb/cache.py) are left alone. With Redis down, pages still serve,
without counting."""

import functools
import hashlib
import hmac
import logging
import secrets
from collections import namedtuple
from datetime import datetime, time, timedelta

from crawlerdetect import CrawlerDetect
from django.core.cache import cache
from django.utils import timezone
from django_redis import get_redis_connection
from redis.exceptions import RedisError

from lederweb.ratelimit import client_ip

logger = logging.getLogger(__name__)

SEEN_SECONDS = 30 * 60
READS_PER_CLIENT_PER_DAY = 20
GENERATION = "popularity-generation"
# Headers browsers send when they fetch a page the reader has not (yet) opened.
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")

Reads = namedtuple("Reads", "total generation")
NO_READS = Reads(None, None)

# SET NX is the dedupe: only the first read in the window goes on, and only the visitor's
# first READS_PER_CLIENT_PER_DAY of the day (KEYS[5]) reach HINCRBY. The answer is the
# popularity generation and the page's rolled-up total, so the page needs no other lookup.
COUNT_READ = """
if ARGV[1] == '1' and redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
    local today = redis.call('INCR', KEYS[5])
    if today == 1 then
        redis.call('EXPIRE', KEYS[5], 90000)
    end
    if today <= tonumber(ARGV[5]) then
        redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
    end
end
return {redis.call('GET', KEYS[3]), redis.call('HGET', KEYS[4], ARGV[4])}
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
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(request, "is_preview", False):
        return False
    for header in PREFETCH_HEADERS:
        purpose = request.headers.get(header, "").lower()
        if "prefetch" in purpose or "preview" in purpose:
            return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False  # only editors log in; their own reading is not the readers'
    return not is_bot(request.headers.get("User-Agent", ""))


def read_article(request, page, response):
    """Counts this response as a read of `page` when it is one; returns the page's rolled-up
    total and the popularity generation (both None when unknown or Redis is down)."""
    counting = is_countable(request, response)
    try:
        client = redis()
        visitor = _visitor(client, client_ip(request), page.pk) if counting else "-"
        generation, total = _count_read_script(client)(
            keys=[
                key(f"reads:seen:{visitor}"),
                key("reads:pending"),
                key(GENERATION),
                key("reads:totals"),
                key(f"reads:today:{visitor}"),
            ],
            args=[
                int(counting),
                SEEN_SECONDS,
                f"{page.pk}:{timezone.localdate()}",
                page.pk,
                READS_PER_CLIENT_PER_DAY,
            ],
        )
    except (RedisError, OSError) as error:
        logger.warning("Læsningen af side %s blev ikke talt: %s", page.pk, error)
        return NO_READS
    return Reads(int(total) if total else None, int(generation) if generation else None)


@functools.cache
def _count_read_script(client):
    """Registered once per connection pool: the script's SHA is computed once, not per read."""
    return client.register_script(COUNT_READ)


def _visitor(client, ip, page_id):
    """The same for every browser at one address (a new user agent is not a new reader); a
    new salt every day makes it a new visitor every day."""
    message = f"{ip}\n{page_id}".encode()
    return hmac.new(_todays_salt(client), message, hashlib.sha256).hexdigest()[:32]


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
