import itertools

import pytest
from django.db import connection

from stats.counting import key, redis
from tests.support import wait_until

# A desktop browser as readers have it (Django's test client sends no user agent at all).
BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
_addresses = itertools.count(1)


def new_address():
    number = next(_addresses)
    return f"198.51.{number // 256 % 256}.{number % 256}"


@pytest.fixture
def read(client):
    """Reads a page as a reader's browser would: from `ip` with `agent`."""

    def read(page, ip=None, agent=BROWSER, method="get", **headers):
        ip = ip or new_address()
        return getattr(client, method)(
            page.url, REMOTE_ADDR=ip, headers={"User-Agent": agent, **headers}
        )

    return read


def roll_up_on_the_worker(counters="reads"):
    """Queues the beat task for the Celery worker and waits for it to finish; returns how
    many reads (or, for counters="traffic", page views and downloads) it moved."""
    from stats import tasks

    last = key(f"{counters}:last-roll-up")
    before = redis().hget(last, "at")
    getattr(tasks, f"roll_up_{counters}").delay()
    wait_until(lambda: redis().hget(last, "at") != before, 30, "roll-up'en blev ikke kørt")
    return int(redis().hget(last, "moved"))


def conninfo(url):
    from devstack.postgres import conninfo

    return conninfo(url)


def writer_waits(table):
    """Whether a roll-up's insert into `table` is waiting for a lock. (Asked on Django's
    connection, which is in autocommit: pg_stat_activity stays the same within one
    transaction.)"""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND query LIKE %s",
            [f"%INSERT INTO {table}%"],
        )
        return cursor.fetchone()[0] > 0
