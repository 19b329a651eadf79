"""Handing work to the Celery workers from a web request, where the row is already saved:
one quick attempt, and if the broker is down or hung the request still succeeds. Each app's
beat sweep queues again what never reached a worker (the tasks are idempotent). While the
Redis circuit breaker is open (lederweb/breaker.py) no attempt is made at all."""

import logging

from django.conf import settings
from kombu.exceptions import KombuError
from redis.exceptions import RedisError

from lederweb import breaker
from lederweb.celery import app as celery_app

logger = logging.getLogger(__name__)


def publish_transport_options():
    """One attempt with short timeouts, never kombu's default retries (about 6 s against a
    closed port): a reader must not wait for a broker that is down."""
    timeout = settings.REDIS_SOCKET_TIMEOUT
    return {"max_retries": 0, "socket_connect_timeout": timeout, "socket_timeout": timeout}


def enqueue(task, *args):
    """Queues `task(*args)`; True when the broker took it, False (logged) when it is down."""
    if breaker.is_open():
        logger.warning("Redis springes over; %s%s sættes i kø senere", task.name, args)
        return False
    try:
        # A connection of its own (as /healthz/ does) reads the broker URL at call time.
        with celery_app.connection_for_write(
            url=settings.CELERY_BROKER_URL, transport_options=publish_transport_options()
        ) as connection:
            task.apply_async(args, connection=connection, retry=False)
    except (KombuError, RedisError, OSError) as error:
        breaker.trip(error)
        logger.warning("Kunne ikke sætte %s%s i kø; prøver igen senere", task.name, args)
        return False
    return True
