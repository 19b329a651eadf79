"""Faults, timed: the site as production serves it (gunicorn, production settings, a Celery
worker) on a PostgreSQL and a Redis of its own, so they can be hung, stopped and killed.

    make bench BENCH_ARGS=faults

Prints, per fault, the article page's and /healthz/'s response times and statuses, and for
newsletter sign-ups how many were accepted and how many are stored ("nothing lost": the rows
are in PostgreSQL; mails the broker missed are queued again by the beat sweep)."""

import contextlib
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from bench.site import (
    BASE_DIR,
    VAR,
    first_live_path,
    gunicorn,
    prepare,
    production_env,
    start_worker,
)
from devstack.postgres import EmbeddedPostgres, ensure_database
from devstack.redis import EmbeddedRedis

ROOT = VAR / "faults"
PORT = 8767


def request(url, data=None, headers=None):
    """(status, seconds, body) of one request; never raises."""
    headers = {"X-Forwarded-Proto": "https", **(headers or {})}
    req = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310
            return response.status, time.perf_counter() - start, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, time.perf_counter() - start, error.read().decode(errors="replace")
    except OSError as error:
        return f"fejl: {type(error).__name__}", time.perf_counter() - start, ""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


urllib.request.install_opener(urllib.request.build_opener(NoRedirect))


def sign_up(url, email):
    status, _, body = request(url + "/nyhedsbrev/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if not token:
        return status, 0.0
    cookie = f"csrftoken={token.group(1)}"
    # The form's token and the cookie are both accepted when they are the same secret.
    data = urllib.parse.urlencode({"email": email, "csrfmiddlewaretoken": token.group(1)})
    status, seconds, _ = request(
        url + "/nyhedsbrev/",
        data=data.encode(),
        headers={"Cookie": cookie, "Origin": url.replace("http://", "https://")},
    )
    return status, seconds


def ms(values):
    return " / ".join(f"{value * 1000:.0f}" for value in values)


def report_pages(url, path, label, count=8):
    results = [request(url + path)[:2] for _ in range(count)]
    times = [seconds for _, seconds in results]
    statuses = sorted({str(status) for status, _ in results})
    health_status, health_seconds, _ = request(url + "/healthz/")
    print(
        f"{label:<28} artikel: første {times[0] * 1000:.0f} ms, median "
        f"{statistics.median(times) * 1000:.0f} ms, maks {max(times) * 1000:.0f} ms "
        f"(status {', '.join(statuses)}); /healthz/ {health_status} på "
        f"{health_seconds * 1000:.0f} ms",
        flush=True,
    )


def report_sign_ups(url, env, label, count=5):
    emails = [f"fejl-{secrets.token_hex(4)}@kommune.dk" for _ in range(count)]
    results = [sign_up(url, email) for email in emails]
    accepted = [email for email, (status, _) in zip(emails, results, strict=True) if status == 302]
    stored = count_rows(env, emails)
    print(
        f"{label:<28} tilmeldinger: {len(accepted)}/{count} modtaget på "
        f"{ms([seconds for _, seconds in results])} ms; gemt i PostgreSQL: {stored}/"
        f"{len(accepted)}; tabt: "
        f"{len(accepted) - stored if isinstance(stored, int) else '?'}",
        flush=True,
    )
    return emails


def count_rows(env, emails):
    return _count(env, f"subscriber__email__in={emails!r}")


def unsent(env, emails):
    return _count(env, f"subscriber__email__in={emails!r}, sent_at__isnull=True")


def _count(env, lookup):
    """ConfirmationRequest rows matching `lookup`, read by a process of its own; "?" (and the
    error printed) when it could not be read, never a made-up 0."""
    code = (
        "import django; django.setup();"
        "from newsletter.models import ConfirmationRequest as C;"
        f"print(C.objects.filter({lookup}).count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=BASE_DIR, capture_output=True, text=True
    )
    if result.returncode != 0 or not result.stdout.strip():
        print(result.stderr.strip().splitlines()[-1:] or "optællingen fejlede", flush=True)
        return "?"
    return int(result.stdout.strip().splitlines()[-1])


def run():
    ROOT.mkdir(parents=True, exist_ok=True)
    postgres = EmbeddedPostgres(ROOT / "postgres", durable=False).start()
    redis = EmbeddedRedis(ROOT / "redis", durable=False).start()
    worker = None
    try:
        database_url = postgres.url("lederweb_faults")
        ensure_database(database_url)
        env = production_env(var=ROOT / "var", DATABASE_URL=database_url, REDIS_URL=redis.url())
        prepare(env)
        article = first_live_path(env, "projects.ArticlePage", "-date")
        worker = start_worker(env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with gunicorn(env, workers=2, port=PORT) as url:
            request(url + article)  # warm up
            report_pages(url, article, "alt kører")
            report_sign_ups(url, env, "alt kører")

            os.kill(redis._pid(), signal.SIGSTOP)
            report_pages(url, article, "Redis hænger (SIGSTOP)")
            hung = report_sign_ups(url, env, "Redis hænger (SIGSTOP)")
            os.kill(redis._pid(), signal.SIGCONT)

            redis.stop()
            report_pages(url, article, "Redis væk")
            gone = report_sign_ups(url, env, "Redis væk")
            redis.start()
            time.sleep(4)  # the circuit breaker's window
            report_pages(url, article, "Redis tilbage")
            print(
                f"{'':<28} uafsendte bekræftelser fra udfaldet: {unsent(env, hung + gone)} "
                "(beat-sweepet sætter dem i kø igen efter 1 min.)",
                flush=True,
            )

            results = []

            def reader():
                results.append(request(url + article)[:2])

            threads = [threading.Thread(target=reader) for _ in range(6)]
            for thread in threads:
                thread.start()
            postgres.restart()
            for thread in threads:
                thread.join()
            statuses = sorted(str(status) for status, _ in results)
            print(
                f"{'PostgreSQL genstartet':<28} samtidige artikler: {', '.join(statuses)} på "
                f"{ms([seconds for _, seconds in results])} ms",
                flush=True,
            )
            report_pages(url, article, "PostgreSQL efter genstart")

            os.killpg(worker.pid, signal.SIGKILL)  # the worker and its pool, as a lost machine
            worker.wait()
            killed = report_sign_ups(url, env, "worker SIGKILLed")
            worker = start_worker(env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(10)
            print(
                f"{'':<28} gemt: {count_rows(env, killed)}/{len(killed)}; endnu uafsendt efter "
                f"ny worker: {unsent(env, killed)}",
                flush=True,
            )
    finally:
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(20)
        with contextlib.suppress(OSError):
            os.kill(redis._pid(), signal.SIGCONT)
        redis.stop()
        postgres.stop()
