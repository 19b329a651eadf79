import itertools

import pytest

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


def roll_up_on_the_worker():
    """Queues the beat task for the Celery worker and waits for it to finish; returns how
    many reads it moved."""
    from stats.tasks import roll_up_reads

    last = key("reads:last-roll-up")
    before = redis().hget(last, "at")
    roll_up_reads.delay()
    wait_until(lambda: redis().hget(last, "at") != before, 30, "roll-up'en blev ikke kørt")
    return int(redis().hget(last, "moved"))
