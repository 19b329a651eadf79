"""A sending rate (messages per second) that holds for all workers together: one counter per
wall-clock second in Redis, shared by every process. Asked once per batch, not per message."""

import time

import redis
from django.conf import settings

_client = None


def client():
    global _client  # noqa: PLW0603 - one connection pool per process
    if _client is None:
        # On the worker: short enough never to hang a send, long enough for a busy Redis.
        _client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=5, socket_timeout=10
        )
    return _client


def acquire(wanted, per_second, key="newsletter:rate"):
    """Waits until some of `wanted` sends fit into the current second; returns how many."""
    if not per_second:
        return wanted
    while True:
        now = time.time()
        second = int(now)
        counter = f"{key}:{second}"
        pipeline = client().pipeline()
        pipeline.incrby(counter, wanted)
        pipeline.expire(counter, 5)
        used, _ = pipeline.execute()
        granted = min(wanted, per_second - (used - wanted))
        if granted > 0:
            return granted
        time.sleep(max(0.001, second + 1 - time.time()))
