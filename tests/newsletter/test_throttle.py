"""The shared sending rate: one counter per second in the site's Redis, under its key prefix
and behind its circuit breaker."""

import time

import pytest
from django.core.cache import cache
from django_redis import get_redis_connection
from redis.exceptions import ConnectionError as RedisConnectionError

from lederweb import breaker
from newsletter import throttle


def test_the_counter_lives_under_the_caches_prefix():
    assert throttle.acquire(3, per_second=1000) == 3
    redis = get_redis_connection("default")
    assert redis.keys(cache.make_key("newsletter:rate:*"))
    assert not redis.keys("newsletter:rate:*")


def test_a_full_second_makes_the_next_batch_wait_for_the_next_second():
    time.sleep(1.01 - time.time() % 1)  # early in a second, so the first batch fits in it
    assert throttle.acquire(5, per_second=5) == 5
    filled = int(time.time())
    assert throttle.acquire(2, per_second=5) == 2
    assert int(time.time()) > filled


def test_while_the_breaker_is_open_it_fails_at_once():
    breaker.trip()
    try:
        started = time.monotonic()
        with pytest.raises(RedisConnectionError):
            throttle.acquire(1, per_second=10)
        assert time.monotonic() - started < 0.1
    finally:
        breaker.reset()
