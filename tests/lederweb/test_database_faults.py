"""PostgreSQL restarted under the running site and worker (a server of this module's own):
while it is away, pages and forms answer a Danish 503 with Retry-After and /healthz/ says so;
the first request after the restart is served, the worker carries on, and a sign-up accepted
before the restart is kept."""

import http.cookiejar
import json
import os
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from types import SimpleNamespace

import pytest
from redis import Redis

from devstack.postgres import EmbeddedPostgres, ensure_database
from tests.support import (
    copy_database,
    other_redis_db,
    project_env,
    run_in_site,
    start_site,
    start_worker,
    wait_until,
)

# django_db: pytest-django creates the test database (copied below) only for such tests.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]

MAKE_ARTICLE = """
import json
from lederweb.demo import ensure_home
from tests.projects.factories import make_article
ensure_home()
print(json.dumps(make_article("Nærværende ledelse på afstand").url))
"""


@pytest.fixture(scope="module")
def restartable(tmp_path_factory, test_database_url, smtp_sink):
    """The site (gunicorn, two processes) and a Celery worker on a PostgreSQL of their own
    (a copy of the migrated test database) and a Redis database of their own."""
    root = tmp_path_factory.mktemp("pg-restart")
    postgres = EmbeddedPostgres(root / "postgres", durable=False).start()
    site = worker = None
    try:
        url = postgres.url("lederweb")
        ensure_database(url)
        copy_database(test_database_url, url)
        env = project_env(
            url,
            smtp_sink.port,
            REDIS_URL=other_redis_db(os.environ["REDIS_URL"], 5),
            LEDERWEB_VAR=str(root / "var"),
        )
        stack = SimpleNamespace(postgres=postgres, env=env)
        article = run_in_site(stack, MAKE_ARTICLE)
        site = start_site(env)
        worker = start_worker(env, name="pg-restart")
        yield SimpleNamespace(
            postgres=postgres,
            site=site,
            url=site.url,
            article=article,
            redis_url=env["REDIS_URL"],
        )
    finally:
        for process in (worker, site):
            if process is not None:
                process.stop()
        postgres.stop()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reader:
    """A browser's cookies, no redirects followed: (status, headers, text) per request."""

    def __init__(self, base_url):
        self.base_url = base_url
        jar = urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        self.opener = urllib.request.build_opener(jar, NoRedirect)

    def open(self, path, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, body, headers or {})  # noqa: S310
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")

    def sign_up_form(self):
        """The newsletter form's CSRF token (its cookie is kept)."""
        status, _, page = self.open("/nyhedsbrev/")
        assert status == 200, page[:500]
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def sign_up(self, token, email):
        return self.open("/nyhedsbrev/", {"csrfmiddlewaretoken": token, "email": email})


def stored_sign_ups(restartable, email):
    code = (
        "from newsletter.models import ConfirmationRequest as C;"
        f"print(C.objects.filter(subscriber__email={email!r}).count())"
    )
    return run_in_site(restartable.site, code)


def mailed(mailbox, email):
    return sum(email in recipients for recipients, _ in mailbox.messages)


def test_while_the_database_is_down_pages_and_forms_answer_503_and_then_200(restartable, mailbox):
    reader = Reader(restartable.url)
    token = reader.sign_up_form()
    status, _, _ = reader.sign_up(token, "foer-genstart@kommune.dk")
    assert status == 302
    for _ in range(4):  # both gunicorn processes now hold a connection to the old server
        assert reader.open(restartable.article)[0] == 200
    token = reader.sign_up_form()
    wait_until(lambda: mailed(mailbox, "foer-genstart@kommune.dk") == 1, 30, "ingen bekræftelse")

    restartable.postgres.stop()
    try:
        status, headers, page = reader.open(restartable.article)
        assert status == 503, page[:500]
        assert headers["Retry-After"] == "30"
        assert "Siden er midlertidigt utilgængelig" in page
        assert "no-cache" in headers["Cache-Control"]
        status, _, page = reader.sign_up(token, "under-genstart@kommune.dk")
        assert status == 503, page[:500]
        assert "Det, du sendte, er ikke gemt" in page
        status, _, health = reader.open("/healthz/")
        assert status == 503
        assert json.loads(health)["database"].startswith("down")

        # Nothing cached any more: the site lookup, a middleware, needs the database too.
        redis = Redis.from_url(restartable.redis_url)
        redis.delete(*redis.keys("lederweb-test:*"))
        status, _, page = reader.open(restartable.article)
        assert status == 503, page[:500]
        assert "Siden er midlertidigt utilgængelig" in page
        # /healthz/ through the proxy (not answered first thing, as from loopback) keeps its JSON.
        status, _, health = reader.open("/healthz/", headers={"X-Forwarded-For": "192.0.2.1"})
        assert status == 503
        assert json.loads(health)["database"].startswith("down"), health[:500]
    finally:
        restartable.postgres.start()

    assert [reader.open(restartable.article)[0] for _ in range(4)] == [200] * 4
    status, _, health = reader.open("/healthz/")
    assert (status, json.loads(health)["database"]) == (200, "ok"), health
    assert stored_sign_ups(restartable, "foer-genstart@kommune.dk") == 1
    assert stored_sign_ups(restartable, "under-genstart@kommune.dk") == 0


def test_requests_during_a_restart_never_answer_500(restartable):
    reader = Reader(restartable.url)
    statuses = []
    restarting = threading.Event()

    def read_while_restarting():
        while not restarting.is_set():
            statuses.append(reader.open(restartable.article)[0])

    readers = [threading.Thread(target=read_while_restarting) for _ in range(3)]
    for thread in readers:
        thread.start()
    try:
        restartable.postgres.restart()
    finally:
        restarting.set()
        for thread in readers:
            thread.join()
    assert statuses
    assert set(statuses) <= {200, 503}, statuses
    assert [reader.open(restartable.article)[0] for _ in range(4)] == [200] * 4


def test_the_worker_sends_again_after_a_restart(restartable, mailbox):
    reader = Reader(restartable.url)
    restartable.postgres.restart()
    status, _, _ = reader.sign_up(reader.sign_up_form(), "efter-genstart@kommune.dk")
    assert status == 302
    wait_until(
        lambda: mailed(mailbox, "efter-genstart@kommune.dk") == 1,
        30,
        "workeren sendte ikke efter genstarten",
    )
