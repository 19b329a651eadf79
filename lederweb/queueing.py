"""Handing work to the Celery workers from a web request, where the row is already saved:
one quick attempt, and if the broker is down the request still succeeds. Each app's beat
sweep queues again what never reached a worker (the tasks are idempotent)."""

import logging

from django.conf import settings
from kombu.exceptions import KombuError
from redis.exceptions import RedisError

from lederweb.celery import app as celery_app

logger = logging.getLogger(__name__)

# One attempt with short timeouts, never kombu's default retries (about 6 s against a closed
# port): a reader must not wait for a broker that is down.
PUBLISH_TRANSPORT_OPTIONS = {"max_retries": 0, "socket_connect_timeout": 2, "socket_timeout": 2}


def enqueue(task, *args):
    """Queues `task(*args)`; True when the broker took it, False (logged) when it is down."""
    try:
        # A connection of its own (as /healthz/ does) reads the broker URL at call time.
        with celery_app.connection_for_write(
            url=settings.CELERY_BROKER_URL, transport_options=PUBLISH_TRANSPORT_OPTIONS
        ) as connection:
            task.apply_async(args, connection=connection, retry=False)
    except (KombuError, RedisError, OSError):
        logger.warning("Kunne ikke sætte %s%s i kø; prøver igen senere", task.name, args)
        return False
    return True
