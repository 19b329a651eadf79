"""Moves the traffic counters (stats/counting.py) from Redis into the daily aggregate rows, each
exactly once, the way the read roll-up does (stats/rollup.py): the pending hash is claimed by
renaming it with a token, applied in one transaction that records the token, then released.

A counter's name says where it goes ("|" between its parts, the free text last):
v|day page views, s|day visits, u|day visitors (DailyTraffic); p|day|page (DailyPageViews);
r|day|domain; c|day|source|campaign; d|day|device; f|day|document; h|day|page|chapter;
q|day|query searches and n|day|query the latest number of results (DailySearches)."""

import time
from collections import defaultdict
from datetime import date

from django.db import connection, transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from stats import monthly
from stats.counting import key, redis
from stats.models import (
    DailyCampaigns,
    DailyChapters,
    DailyDevices,
    DailyDownloads,
    DailyPageViews,
    DailyReferrers,
    DailySearches,
    DailyTraffic,
    RolledUpBatch,
)
from stats.rollup import claim_fields, release

PENDING, BATCH = "traffic:pending", "traffic:batch"
MONTHLY = "prcfqn"  # the counters whose daily rows have monthly ones (stats/monthly.py)
PARTS = {"c": 3, "h": 3, "q": 2, "n": 2}  # how many times a counter's name is split

# model, key columns (name, type), counted column, the table a key must still exist in
TABLES = {
    "p": (DailyPageViews, [("day", "date"), ("page_id", "integer")], "views", Page),
    "r": (DailyReferrers, [("day", "date"), ("domain", "text")], "visits", None),
    "c": (
        DailyCampaigns,
        [("day", "date"), ("source", "text"), ("campaign", "text")],
        "visits",
        None,
    ),
    "d": (DailyDevices, [("day", "date"), ("device", "text")], "visits", None),
    "f": (DailyDownloads, [("day", "date"), ("document_id", "integer")], "downloads", "document"),
    "h": (
        DailyChapters,
        [("day", "date"), ("page_id", "integer"), ("chapter", "integer")],
        "reads",
        Page,
    ),
}

UPSERT = """
INSERT INTO {table} ({columns}, {counted})
SELECT {columns}, counted FROM unnest({arrays}, %s::integer[]) AS c({columns}, counted)
{exists}
ON CONFLICT ({columns}) DO UPDATE SET {counted} = {table}.{counted} + EXCLUDED.{counted}
"""

UPSERT_TRAFFIC = """
INSERT INTO {table} (day, days, page_views, visits, visitors, imported)
SELECT day, 1, page_views, visits, visitors, false
FROM unnest(%s::date[], %s::integer[], %s::integer[], %s::integer[])
    AS c(day, page_views, visits, visitors)
ON CONFLICT (day) DO UPDATE SET
    page_views = {table}.page_views + EXCLUDED.page_views,
    visits = {table}.visits + EXCLUDED.visits,
    visitors = coalesce({table}.visitors, 0) + EXCLUDED.visitors
"""

UPSERT_SEARCHES = """
INSERT INTO {table} (day, query, searches, results)
SELECT * FROM unnest(%s::date[], %s::text[], %s::integer[], %s::integer[])
ON CONFLICT (day, query) DO UPDATE SET
    searches = {table}.searches + EXCLUDED.searches, results = EXCLUDED.results
"""


def roll_up_traffic():
    """One roll-up of the traffic counters; returns how many page views and downloads it
    moved into PostgreSQL."""
    client = redis()
    batch = claim_fields(client, PENDING, BATCH)
    moved = 0
    if batch is not None:
        moved = apply(batch)
        release(client, batch, BATCH)
    client.hset(key("traffic:last-roll-up"), mapping={"at": time.time(), "moved": moved})
    return moved


def apply(batch):
    """Adds the batch to the daily rows unless its token shows it was added before; returns
    the page views and downloads it added."""
    counters = defaultdict(dict)
    for name, value in batch.counts.items():
        kind, day, *rest = name.split("|", PARTS.get(name[0], 2))
        counters[kind][(date.fromisoformat(day), *rest)] = int(value)
    with transaction.atomic():
        _, new = RolledUpBatch.objects.get_or_create(token=batch.token)
        if not new:
            return 0
        with connection.cursor() as cursor:
            _traffic(cursor, counters)
            _searches(cursor, counters)
            for kind, (model, columns, counted, must_exist) in TABLES.items():
                if counters[kind]:
                    _upsert(cursor, model, columns, counted, must_exist, counters[kind])
            # The monthly rows of the months just changed, in this same transaction.
            days = [name[0] for kind in MONTHLY for name in counters[kind]]
            if days:
                monthly.refresh(cursor, min(days), max(days))
    return sum(counters["v"].values()) + sum(counters["f"].values())


def _traffic(cursor, counters):
    days = sorted({day for kind in "vsu" for (day,) in counters[kind]})
    if not days:
        return
    columns = [days] + [[counters[kind].get((day,), 0) for day in days] for kind in "vsu"]
    cursor.execute(UPSERT_TRAFFIC.format(table=DailyTraffic._meta.db_table), columns)


def _searches(cursor, counters):
    searches = sorted(set(counters["q"]) | set(counters["n"]))
    if not searches:
        return
    cursor.execute(
        UPSERT_SEARCHES.format(table=DailySearches._meta.db_table),
        [
            [day for day, _ in searches],
            [query for _, query in searches],
            [counters["q"].get(search, 0) for search in searches],
            [counters["n"].get(search, 0) for search in searches],
        ],
    )


def _upsert(cursor, model, columns, counted, must_exist, counts):
    names = ", ".join(name for name, _ in columns)
    arrays = ", ".join(f"%s::{kind}[]" for _, kind in columns)
    exists = ""
    if must_exist:
        target = get_document_model() if must_exist == "document" else must_exist
        fk = columns[1][0]
        # The names are the models' own, never input.
        exists = f"WHERE EXISTS (SELECT 1 FROM {target._meta.db_table} WHERE id = c.{fk})"  # noqa: S608
    rows = list(counts.items())
    values = [
        [_cast(kind, row[0][position]) for row in rows]
        for position, (_, kind) in enumerate(columns)
    ]
    values.append([count for _, count in rows])
    sql = UPSERT.format(
        table=model._meta.db_table, columns=names, counted=counted, arrays=arrays, exists=exists
    )
    cursor.execute(sql, values)


def _cast(kind, value):
    return int(value) if kind == "integer" else value
