"""A sending rate (messages per second) that holds for all workers together: one counter per
wall-clock second in the site's Redis (django-redis's connection, so with the cache's key
prefix and lederweb/breaker.py's short timeouts), shared by every process. Asked once per
batch, not per message."""

import time

from django.core.cache import cache
from django_redis import get_redis_connection


def acquire(wanted, per_second, key="newsletter:rate"):
    """Waits until some of `wanted` sends fit into the current second; returns how many."""
    if not per_second:
        return wanted
    while True:
        now = time.time()
        second = int(now)
        counter = cache.make_key(f"{key}:{second}")
        pipeline = get_redis_connection("default").pipeline()
        pipeline.incrby(counter, wanted)
        pipeline.expire(counter, 5)
        used, _ = pipeline.execute()
        granted = min(wanted, per_second - (used - wanted))
        if granted > 0:
            return granted
        time.sleep(max(0.001, second + 1 - time.time()))
