"""Search latency at 10,000 and 100,000 articles (issue 5: p95 under 50 ms and under 150 ms,
with a constant number of queries per search).

In a database of its own (the demo content, then generated articles, indexed by the same
code that indexes a published page), a fixed set of searches (words, phrases, typos, filters,
pages of results, nothing found, suggestions) goes through the whole Django request path
(middleware, rate limit, view, templates) with django.test.Client under production
settings. Each search is asked ROUNDS times after one warm-up; p50/p95 are over all asks."""

import os
import statistics
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

from bench.site import BASE_DIR, prepare, production_env

SIZES = (10_000, 100_000)
ROUNDS = 5
DATABASE = "lederweb_bench_search"
TARGETS_MS = {10_000: 50, 100_000: 150}
SEARCHES = [
    "/soeg/?q=ledelse",
    "/soeg/?q=ledere",
    "/soeg/?q=frivillige",
    "/soeg/?q=innovation",
    "/soeg/?q=medarbejdere+trivsel",
    "/soeg/?q=ledelse+p%C3%A5+afstand",
    "/soeg/?q=%22ledelse+p%C3%A5+afstand%22",
    "/soeg/?q=talentudvikling+-rekruttering",
    "/soeg/?q=strategi&type=artikel",
    "/soeg/?q=dialog&vaeksthus=2",
    "/soeg/?q=ledelse&aar=2012",
    "/soeg/?q=innovation&type=artikel&vaeksthus=3&aar=2013",
    "/soeg/?q=ledelse&side=5",
    "/soeg/?q=frivilige",
    "/soeg/?q=innovasjon",
    "/soeg/?q=ledelse+af+frivilige",
    "/soeg/?q=xylofonkvartet",
    "/soeg/?type=udgivelse",
    "/soeg/",
]
SUGGESTIONS = [
    "/soeg/forslag/?q=le",
    "/soeg/forslag/?q=ledel",
    "/soeg/forslag/?q=frivil",
    "/soeg/forslag/?q=ledelse+p%C3%A5+af",
    "/soeg/forslag/?q=innovatve",
]


def database_url(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def run():
    env = demo_database(DATABASE, "bench-search")
    subprocess.run([sys.executable, "-m", "bench.search"], cwd=BASE_DIR, env=env, check=True)


def demo_database(name, var_name):
    """A fresh database `name` with the demo content on the stack's PostgreSQL, and the
    production environment (for django.test.Client) that uses it."""
    import psycopg

    from devstack.postgres import conninfo

    url = database_url(os.environ["DATABASE_URL"], name)
    with psycopg.connect(conninfo(database_url(url, "postgres")), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    env = production_env(
        var=BASE_DIR / "var" / var_name, DATABASE_URL=url, ALLOWED_HOSTS="testserver"
    )
    prepare(env)
    return env


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(paths):
    """({path: timings in ms}, {path: queries per request}), ROUNDS asks of each path."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    timings, queries = {}, {}
    for number, path in enumerate(paths):
        # Each its own visitor, as readers are; the rate limit still counts every request.
        address = f"10.0.{number // 250}.{number % 250 + 1}"
        client.get(path, REMOTE_ADDR=address)  # warm-up
        for _ in range(ROUNDS):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path, REMOTE_ADDR=address)
                timings.setdefault(path, []).append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: {response.status_code}")
            queries[path] = len(captured)
    return timings, queries


def report(label, timings, queries, target=None):
    every = [ms for asks in timings.values() for ms in asks]
    p50, p95 = statistics.median(every), percentile(every, 0.95)
    counts = sorted(set(queries.values()))
    verdict = "" if target is None else ("  OK" if p95 < target else f"  OVER {target} ms")
    print(
        f"  {label:12} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {max(every):6.1f} ms"
        f"   SQL pr. request {counts[0]}–{counts[-1]}{verdict}",
        flush=True,
    )
    slowest = sorted(timings, key=lambda path: -statistics.median(timings[path]))[:3]
    for path in slowest:
        print(f"    {statistics.median(timings[path]):6.1f} ms  {queries[path]} SQL  {path}")


def main():
    import django

    django.setup()
    from django.core.cache import cache

    from bench.search_data import add_articles
    from lederweb.cache import bump_site_generation
    from projects.models import ArticlePage
    from sitesearch.indexing import index_in_batches

    cache.clear()
    for size in SIZES:
        have = ArticlePage.objects.count()
        started = time.perf_counter()
        ids = add_articles(size - have, start_number=have)
        written = time.perf_counter()
        index_in_batches(ids)
        indexed = time.perf_counter()
        bump_site_generation()  # as a publish does: the filters' year choices are read again
        seconds = indexed - written
        print(
            f"{size} artikler (+{len(ids)}: oprettet på {written - started:.0f} s, indekseret "
            f"på {seconds:.0f} s, {len(ids) / seconds:.0f} sider/s med samme kode som udgivelse)",
            flush=True,
        )
        timings, queries = measure(SEARCHES)
        report("søgninger", timings, queries, TARGETS_MS[size])
        timings, queries = measure(SUGGESTIONS)
        report("forslag", timings, queries)
    print(
        f"({len(SEARCHES)} søgninger og {len(SUGGESTIONS)} forslag, hver {ROUNDS} gange, "
        "django.test.Client med produktionsindstillinger; mål p95 < 50 ms ved 10.000 og "
        "< 150 ms ved 100.000)"
    )


if __name__ == "__main__":
    main()
