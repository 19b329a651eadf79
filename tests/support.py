"""Real servers for the tests: an SMTP sink, Celery workers and the site under gunicorn."""

import asyncio
import email
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from email.policy import default as default_policy
from functools import partial
from pathlib import Path
from urllib.parse import quote

from aiosmtpd.controller import Controller
from celery import Celery

from devstack.processes import gunicorn_command, worker_command
from lederweb import queueing

BASE_DIR = Path(__file__).resolve().parent.parent
# The production address (settings.SITE_URL in the `site_url` fixture): links in feeds, the
# sitemap and the head are absolute on it.
SITE_URL = "https://lederweb.dk"
# The password of the `editor` fixture's account, for tests that log in through the form.
EDITOR_PASSWORD = "rigtig-kode-1"


def empty_cache():
    """Deletes this test process's cache keys, of every version (Wagtail's site root paths are
    version 2), and nothing else: not `cache.clear()`, whose FLUSHDB also empties the Celery
    broker's queues and the other pytest-xdist worker's keys (its rate-limit counts, mid-test)."""
    from django.conf import settings
    from django_redis import get_redis_connection

    redis = get_redis_connection("default")
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    if keys := list(redis.scan_iter(match=f"{prefix}:*", count=1000)):
        redis.delete(*keys)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(settings_dict, name=None):
    host = quote(settings_dict.get("HOST") or "localhost", safe="")
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    user = quote(settings_dict.get("USER") or "postgres", safe="")
    password = (
        f":{quote(settings_dict['PASSWORD'], safe='')}" if settings_dict.get("PASSWORD") else ""
    )
    return f"postgresql://{user}{password}@{host}{port}/{name or settings_dict['NAME']}"


class Mailbox:
    """What the SMTP sink received, as parsed messages."""

    def __init__(self):
        self.messages = []
        self.refuse_with = None
        # While set, each recipient waits before it is accepted (a slow server); `held` says
        # that one did, so a test can kill the sender mid-mail before anything is delivered.
        self.hold = False
        self.held = threading.Event()
        self._changed = threading.Condition()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        while self.hold:
            self.held.set()
            await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.refuse_with:
            return self.refuse_with
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        with self._changed:
            self.messages.append((envelope.rcpt_tos, message))
            self._changed.notify_all()
        return "250 OK"

    def clear(self):
        with self._changed:
            self.messages.clear()

    def wait_for(self, count, timeout=30):
        """The first `count` messages, waiting for them to arrive."""
        with self._changed:
            arrived = self._changed.wait_for(lambda: len(self.messages) >= count, timeout)
        assert arrived, f"ventede på {count} mails, fik {len(self.messages)}"
        return [message for _, message in self.messages[:count]]


class SmtpSink:
    def __init__(self):
        self.mailbox = Mailbox()
        self.port = free_port()
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()


def wait_until(predicate, timeout, message):
    """Polls `predicate` until it holds; fails with `message` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(message)


class ServerProcess:
    """A process of the project (worker, web server) run as the deployment would run it."""

    def __init__(self, command, env, log_name):
        self.command = command
        self.env = env
        self.log_path = BASE_DIR / "var" / "test-logs" / f"{log_name}.log"
        self.process = None

    def start(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            cwd=BASE_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def log(self):
        return self.log_path.read_text(errors="replace")[-4000:]

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=20):
        if not self.alive():
            return
        os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def project_env(database_url_value, smtp_port, **extra):
    env = dict(os.environ)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # only the test process needs it
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lederweb.settings.test",
            "DATABASE_URL": database_url_value,
            "EMAIL_PORT": str(smtp_port),
            "PYTHONUNBUFFERED": "1",
            **extra,
        }
    )
    return env


def start_worker(env, name="worker", concurrency=2, queues=()):
    """A worker on the default queue, or only on `queues` when given."""
    worker = ServerProcess(
        worker_command(
            name,
            queues or ("celery",),
            concurrency,
            # Test-only: see tests/worker_hooks.py.
            extra=["--without-gossip", "--without-mingle", "--include=tests.worker_hooks"],
        ),
        env,
        name,
    ).start()
    worker.hostname = f"{name}@{socket.gethostname()}"
    worker.queues = queues or ("celery",)
    from lederweb.celery import app

    # Asked through the worker's own broker (a test may give it a Redis database of its own).
    worker.broker_url = env.get("REDIS_URL") or app.conf.broker_url
    with Celery(broker=worker.broker_url) as broker:

        def answers():
            assert worker.alive(), f"Celery-workeren stoppede:\n{worker.log()}"
            replies = broker.control.ping(timeout=0.5) or []
            return any(name in key for reply in replies for key in reply)

        wait_until(answers, 60, f"Celery-workeren svarede ikke:\n{worker.log()}")
    return worker


def wait_until_idle(*workers, timeout=30):
    """Waits until no task waits in the workers' queues and none is reserved, scheduled or
    running on `workers`, seen twice in a row (a task that queues another shows up on the
    second look). Only then does "nothing more happened" mean anything: a slow worker would
    otherwise make such an assertion pass without testing anything."""
    names = [worker.hostname for worker in workers]
    queues = {queue for worker in workers for queue in worker.queues}
    (broker_url,) = {worker.broker_url for worker in workers}
    broker = Celery(broker=broker_url)
    inspect = broker.control.inspect(destination=names, limit=len(names), timeout=5)

    def busy_tasks():
        with broker.connection_for_read() as connection:
            channel = connection.default_channel
            queued = sum(channel.queue_declare(queue=queue).message_count for queue in queues)
        held = 0
        for ask in (inspect.active, inspect.reserved, inspect.scheduled):
            replies = ask() or {}
            assert set(replies) == set(names), f"workerne svarede ikke: {sorted(replies)}"
            held += sum(len(tasks) for tasks in replies.values())
        return queued + held

    quiet_looks = 0

    def idle():
        nonlocal quiet_looks
        quiet_looks = quiet_looks + 1 if busy_tasks() == 0 else 0
        return quiet_looks >= 2

    try:
        wait_until(idle, timeout, f"workerne blev ikke færdige inden for {timeout} s")
    finally:
        broker.close()


def run_in_site(site, code):
    """Runs `code` with manage.py shell in the served site's environment (so in its own
    database) and returns the last line it printed, read as JSON."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=site.env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_site(env):
    port = free_port()
    # The first page renders every picture's renditions: on a machine others load, that can
    # take longer than gunicorn's 30 s, which would kill the worker and start it over forever.
    extra = ["--access-logfile=-", "--timeout=180"]
    site = ServerProcess(gunicorn_command(f"127.0.0.1:{port}", extra=extra), env, "site").start()
    site.url = f"http://127.0.0.1:{port}"

    def serving():
        assert site.alive(), f"gunicorn stoppede:\n{site.log()}"
        try:
            return urllib.request.urlopen(site.url + "/", timeout=2).status == 200  # noqa: S310
        except OSError:
            return False

    try:
        wait_until(serving, 240, "siden svarede ikke")
    except AssertionError:  # the log as it is now, and no gunicorn left behind
        log = site.log()
        site.stop()
        raise AssertionError(f"siden svarede ikke:\n{log}") from None
    return site


def caches_with_redis_down(caches, location="redis://127.0.0.1:9/0"):
    """The CACHES setting during a Redis outage: production's caches (django-redis, which
    ignores the errors; the default and the fragment cache) pointed at an address where
    nothing answers."""
    down = {**caches["default"], "LOCATION": location}
    return {**caches, "default": down, "template_fragments": down}


class DevStack:
    """`python -m devstack ACTION`, which is what `make dev` / `make serve` run."""

    def __init__(self, var_dir, env, action="dev"):
        self.action = action
        self.var_dir = var_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "LEDERWEB_VAR": str(var_dir), "PORT": str(self.port)}
        self.env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.env.pop("DJANGO_SETTINGS_MODULE", None)
        self.output = var_dir.parent / f"{action}.log"

    def start(self):
        self.var_dir.mkdir(parents=True, exist_ok=True)
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "devstack", self.action],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.output.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(self.healthy, 240, f"make {self.action} kom ikke op:\n{self.log(tail=5000)}")
        return time.monotonic() - self.started_at

    def log(self, tail=None):
        text = self.output.read_text(errors="replace")
        return text[-tail:] if tail else text

    def healthy(self):
        assert self.process.poll() is None, self.log(tail=5000)
        try:
            return urllib.request.urlopen(self.url + "/healthz/", timeout=3).status == 200  # noqa: S310
        except OSError:
            return False

    def ctrl_c(self):
        """What a terminal does on Ctrl-C: SIGINT to the whole foreground process group."""
        os.killpg(self.process.pid, signal.SIGINT)
        self.process.wait(60)

    def admin_password(self):
        return (self.var_dir / "admin-password").read_text().strip()

    def manage(self, *args):
        """`.venv/bin/python manage.py …` in a second terminal beside the running stack."""
        env = {k: v for k, v in self.env.items() if k not in ("DATABASE_URL", "REDIS_URL")}
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def shell(self, code):
        """Runs `code` in the stack's database and returns the last line it printed, as JSON."""
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def leftovers(self):
        import psutil

        marker = str(self.var_dir)
        found = []
        for process in psutil.process_iter(["cmdline", "environ"]):
            try:
                cmdline = " ".join(process.info["cmdline"] or [])
                environ = process.info["environ"] or {}
            except psutil.Error:
                continue
            if marker in cmdline or environ.get("LEDERWEB_VAR") == marker:
                found.append(cmdline)
        return found


def other_redis_db(redis_url, db):
    """The same Redis server, another database: a stack of its own (queues, cache, beat)."""
    return redis_url.rsplit("/", 1)[0] + f"/{db}"


def copy_database(source_url, target_url):
    """The source database's tables and rows into the empty target database (on another
    server, say), with PostgreSQL's own pg_dump and psql: faster than migrating anew."""
    from devstack.postgres import conninfo, program

    dump = subprocess.Popen(
        [program("pg_dump"), "--no-owner", "--dbname", conninfo(source_url)],
        stdout=subprocess.PIPE,
    )
    subprocess.run(
        [program("psql"), "--quiet", "-v", "ON_ERROR_STOP=1"] + ["--dbname", conninfo(target_url)],
        stdin=dump.stdout,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    dump.stdout.close()
    assert dump.wait() == 0, "pg_dump fejlede"


def queued_task_names(callbacks):
    """The names of the Celery tasks that on-commit callbacks enqueue (lederweb.queueing), in
    order; other callbacks (the site generation's second move, purges) are not mail."""
    return [
        callback.args[0].name
        for callback in callbacks
        if isinstance(callback, partial) and callback.func is queueing.enqueue
    ]
