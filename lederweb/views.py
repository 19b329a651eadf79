import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.cache import never_cache
from redis import Redis

from lederweb.celery import app as celery_app
from lederweb.queueing import publish_transport_options
from lederweb.seo import absolute_url

HEALTH_PATH = "/healthz/"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return True


def _redis():
    # A connection of its own, past the circuit breaker: the health check asks Redis itself.
    timeout = settings.REDIS_SOCKET_TIMEOUT
    client = Redis.from_url(
        settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout
    )
    try:
        return client.ping()
    finally:
        client.close()


def _worker():
    with celery_app.connection_for_write(
        url=settings.CELERY_BROKER_URL, transport_options=publish_transport_options()
    ) as connection:
        return bool(celery_app.control.ping(timeout=1.0, connection=connection))


CHECKS = {"database": _database, "redis": _redis, "worker": _worker}


@never_cache
def healthz(request):
    """Database, Redis and a real ping of the Celery workers: 200 when all answer, else 503.
    Within 2 s whatever is down: short timeouts, and no worker ping through a dead broker."""
    report = {}
    for name, check in CHECKS.items():
        if name == "worker" and report.get("redis") != "ok":
            report[name] = "down: no broker"
            continue
        try:
            report[name] = "ok" if check() else "down"
        except Exception as error:  # noqa: BLE001 - any failure means "down"
            report[name] = f"down: {type(error).__name__}"
    healthy = all(value == "ok" for value in report.values())
    report["status"] = "ok" if healthy else "down"
    return JsonResponse(report, status=200 if healthy else 503)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /soeg/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def csrf_failure(request, reason=""):
    """A form sent without a valid CSRF token: a Danish page, 403."""
    return render(request, "403_csrf.html", status=403)


# How long a reader is asked to wait while the database cannot be reached (a restart takes
# seconds; Django reconnects on the next request, CONN_HEALTH_CHECKS in settings/base.py).
DATABASE_RETRY_SECONDS = 30


def server_error(request):
    """Django's 500 page, except while the database cannot be reached (restarting, failing
    over): then a Danish 503 with Retry-After, which tells a sender that the form was not
    saved. A handler500, not a middleware: errors raised in middleware (the site lookup, the
    session save) reach Django's 500 handler and no middleware. Renders without a query."""
    if not isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return defaults.server_error(request)
    if request.path == HEALTH_PATH:
        return healthz(request)  # its JSON, also when a middleware before it failed
    page = render_to_string("503.html", {"posted": request.method == "POST"})
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
    add_never_cache_headers(response)
    return response
