"""A hung or gone Redis must cost a request a fraction of a second, not twenty.

Every Redis client on the request path (the django-redis cache, so also rate limits, sessions
and the read counter, and the Celery publish in lederweb.queueing) has short connect and
socket timeouts (settings.REDIS_SOCKET_TIMEOUT), and a circuit breaker: after one failure this
process skips Redis for settings.REDIS_BREAKER_SECONDS, then tries again. A skipped call fails
at once with a ConnectionError, which the callers already treat as "Redis is down" (the cache
ignores it, forms keep their rows in PostgreSQL and beat queues them later).

The breaker is per process on purpose: it only saves time; it holds no data."""

import logging
import time

from django.conf import settings
from redis.connection import Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

_open_until = 0.0


def is_open():
    return time.monotonic() < _open_until


def trip(error=None):
    global _open_until  # noqa: PLW0603 - one breaker per process
    if not is_open():
        logger.warning("Redis svarer ikke (%s); springes over i %s s", error, _seconds())
    _open_until = time.monotonic() + _seconds()


def reset():
    global _open_until  # noqa: PLW0603
    _open_until = 0.0


def _seconds():
    return getattr(settings, "REDIS_BREAKER_SECONDS", 3)


def skipped():
    return RedisConnectionError("Redis springes over efter en fejl (circuit breaker)")


class BreakerConnection(Connection):
    """A redis-py connection that fails fast while the breaker is open, trips it on a timeout
    or a refused connection, and never retries (the caller decides what to do instead)."""

    def __init__(self, *args, **kwargs):
        kwargs.pop("retry", None)  # no retry object and no retry_on_*: redis-py tries once
        kwargs.pop("retry_on_error", None)
        kwargs["retry_on_timeout"] = False
        super().__init__(*args, **kwargs)

    def connect(self):
        if is_open():
            raise skipped()
        try:
            return super().connect()
        except (RedisConnectionError, RedisTimeoutError, OSError) as error:
            trip(error)
            raise

    def send_packed_command(self, command, check_health=True):
        if is_open():
            self.disconnect()
            raise skipped()
        try:
            return super().send_packed_command(command, check_health)
        except (RedisConnectionError, RedisTimeoutError, OSError) as error:
            trip(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError, OSError) as error:
            trip(error)
            raise
