"""The monthly rows (stats.models.MonthlyRows) computed from the daily ones.

refresh() recomputes every month from first's to last's from its daily rows and writes only
the rows that changed. The traffic roll-up calls it for the months of its batch inside the
transaction that adds the batch to the daily rows (and records the batch's token), so the
monthly rows commit with the daily rows or not at all and always equal their sums."""

from datetime import timedelta

# monthly table, daily table, key columns, {column: aggregate over the daily rows}
TABLES = [
    ("stats_monthlypageviews", "stats_dailypageviews", "page_id", {"views": "sum(views)"}),
    ("stats_monthlyreferrers", "stats_dailyreferrers", "domain", {"visits": "sum(visits)"}),
    (
        "stats_monthlycampaigns",
        "stats_dailycampaigns",
        "source, campaign",
        {"visits": "sum(visits)"},
    ),
    (
        "stats_monthlydownloads",
        "stats_dailydownloads",
        "document_id",
        {"downloads": "sum(downloads)"},
    ),
    (
        "stats_monthlysearches",
        "stats_dailysearches",
        "query",
        {
            "searches": "sum(searches)",
            "empty_searches": "coalesce(sum(searches) FILTER (WHERE results = 0), 0)",
            "results": "(array_agg(results ORDER BY day DESC))[1]",
            "last_day": "max(day)",
        },
    ),
]

REFRESH = """
INSERT INTO {monthly} AS m (month, {keys}, {columns})
SELECT date_trunc('month', day)::date, {keys}, {aggregates}
FROM {daily} WHERE day >= %(first)s AND day <= %(last)s
GROUP BY 1, {keys}
ON CONFLICT (month, {keys}) DO UPDATE SET {updates}
WHERE ({old}) IS DISTINCT FROM ({new})
"""


def statements():
    for monthly, daily, keys, aggregates in TABLES:
        columns = ", ".join(aggregates)
        yield REFRESH.format(
            monthly=monthly,
            daily=daily,
            keys=keys,
            columns=columns,
            aggregates=", ".join(aggregates.values()),
            updates=", ".join(f"{column} = EXCLUDED.{column}" for column in aggregates),
            old=", ".join(f"m.{column}" for column in aggregates),
            new=", ".join(f"EXCLUDED.{column}" for column in aggregates),
        )


def refresh(cursor, first, last):
    """Recomputes the monthly rows of the months from first's through last's."""
    bounds = {"first": first.replace(day=1), "last": month_end(last)}
    for sql in statements():
        cursor.execute(sql, bounds)


def refresh_all(cursor):
    """Recomputes the monthly rows of every month with daily rows."""
    # The table names are the constants above, never input.
    days = " UNION ALL ".join(f"SELECT day FROM {daily}" for _, daily, *_ in TABLES)  # noqa: S608
    cursor.execute(f"SELECT min(day), max(day) FROM ({days}) AS days")  # noqa: S608
    first, last = cursor.fetchone()
    if first is not None:
        refresh(cursor, first, last)


def next_month(day):
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_end(day):
    return next_month(day) - timedelta(days=1)
