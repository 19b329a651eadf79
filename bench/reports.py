"""The "Statistik" dashboard for a whole year at 100 times the 2013 traffic (about 7 million
visits, issue 13: p95 under 300 ms) and the status note as PDF (under 10 s).

In a database of its own (the demo content), 2014 gets daily aggregates as the roll-up
writes them, made in SQL with generate_series: every live page every day, 500 referring
domains, 2.000 different searches and 60 campaigns a day, the three devices and every document;
then the monthly rows the roll-up keeps beside them (stats/monthly.py).
The dashboard is then asked through the whole Django request path with django.test.Client
under production settings, logged in as a superuser: COLD_ROUNDS times with the cache emptied
first (the figures built afresh, as after a roll-up), then ROUNDS times as an editor paging
and exporting reads it (reports/dashboard.py keeps the built figures for 5 minutes)."""

import statistics
import subprocess
import sys
import time
from datetime import date

from bench.search import demo_database, percentile
from bench.site import BASE_DIR
from lederweb.charts import number
from stats import monthly

DATABASE = "lederweb_bench_reports"
ROUNDS = 20
COLD_ROUNDS = 5
TARGET_MS = 300
TARGET_PDF_S = 10
YEAR = 2014
DAILY_VISITS = 19_200  # 7 million a year: 100 times 2013's 58.500 a month, give or take
DASHBOARD = f"/admin/statistik/?preset=custom&start=1.1.{YEAR}&end=31.12.{YEAR}"

# Constants only in the SQL below.
AGGREGATES = f"""
WITH days AS (
    SELECT d::date AS day, row_number() OVER () AS n
    FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
)
INSERT INTO stats_dailytraffic (day, days, page_views, visits, visitors, imported)
SELECT day, 1, {DAILY_VISITS} * 23 / 10 + n, {DAILY_VISITS} + n % 500, {DAILY_VISITS} * 8 / 10,
       false
FROM days;

INSERT INTO stats_dailypageviews (day, page_id, views)
SELECT d::date, p.id, 1 + (p.id * 37 + extract(doy FROM d)::int) % 400
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN wagtailcore_page AS p WHERE p.live AND p.depth > 1;

INSERT INTO stats_dailyreferrers (day, domain, visits)
SELECT d::date, 'henviser-' || i || '.dk', 1 + (i * 13) % 90
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN generate_series(1, 500) AS i;

INSERT INTO stats_dailysearches (day, query, searches, results)
SELECT d::date, 'søgning ' || i, 1 + (i * 7) % 25, CASE WHEN i % 9 = 0 THEN 0 ELSE i % 40 END
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN generate_series(1, 2000) AS i;

INSERT INTO stats_dailycampaigns (day, source, campaign, visits)
SELECT d::date, 'nyhedsbrev', 'uge-' || i, 1 + i % 70
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN generate_series(1, 60) AS i;

INSERT INTO stats_dailydevices (day, device, visits)
SELECT d::date, device, {DAILY_VISITS} / 3
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN (VALUES ('phone'), ('tablet'), ('desktop')) AS devices(device);

INSERT INTO stats_dailydownloads (day, document_id, downloads)
SELECT d::date, doc.id, 1 + doc.id % 50
FROM generate_series('{YEAR}-01-01'::date, '{YEAR}-12-31'::date, '1 day') AS d
CROSS JOIN wagtaildocs_document AS doc;
"""  # noqa: S608


def run():
    import psycopg

    from devstack.postgres import conninfo

    env = demo_database(DATABASE, "bench-reports")
    with psycopg.connect(conninfo(env["DATABASE_URL"]), autocommit=True) as db:
        started = time.perf_counter()
        db.execute(AGGREGATES)
        # The monthly rows, as the roll-up keeps them beside the daily ones.
        for sql in monthly.statements():
            db.execute(sql, {"first": date(YEAR, 1, 1), "last": date(YEAR, 12, 31)})
        db.execute("ANALYZE")
        rows = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("stats_dailypageviews", "stats_dailyreferrers", "stats_dailysearches")
        }
        visits = db.execute(
            f"SELECT sum(visits) FROM stats_dailytraffic WHERE day >= '{YEAR}-01-01'"  # noqa: S608
        ).fetchone()[0]
    tables = ", ".join(f"{table} {number(count)}" for table, count in rows.items())
    seconds = time.perf_counter() - started
    print(f"{YEAR}: {number(visits)} besøg ({tables} rækker; {seconds:.0f} s)", flush=True)
    subprocess.run([sys.executable, "-m", "bench.reports"], cwd=BASE_DIR, env=env, check=True)


def main():
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    user, _ = get_user_model().objects.get_or_create(
        username="bench-statistik", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)

    def ask(rounds, cold):
        timings = []
        for _ in range(rounds):
            if cold:
                cache.clear()  # the figures built afresh, as after a roll-up
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(DASHBOARD)
                timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{DASHBOARD}: {response.status_code}")
        return timings, len(captured)

    client.get(DASHBOARD)  # warm-up
    for label, rounds, cold in (("uden cache", COLD_ROUNDS, True), ("med cache", ROUNDS, False)):
        timings, queries = ask(rounds, cold)
        p95 = percentile(timings, 0.95)
        verdict = "OK" if p95 < TARGET_MS else f"OVER {TARGET_MS} ms"
        print(
            f"  dashboard, hele {YEAR}, {label}: p50 {statistics.median(timings):6.1f} ms"
            f"   p95 {p95:6.1f} ms   max {max(timings):6.1f} ms   SQL {queries}  {verdict}",
            flush=True,
        )
    out = BASE_DIR / "var" / "bench-reports" / "statusnotat-2013.pdf"
    started = time.perf_counter()
    call_command("status_report", "2013", "--period", "1.1-30.9", "--out", str(out))
    seconds = time.perf_counter() - started
    verdict = "OK" if seconds < TARGET_PDF_S else f"OVER {TARGET_PDF_S} s"
    size = number(out.stat().st_size)
    print(f"  statusnotat 2013 som PDF: {seconds:.1f} s ({size} bytes)  {verdict}")


if __name__ == "__main__":
    main()
