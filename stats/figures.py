"""The read API of the site's traffic figures, for the dashboard and the status report.

Every function takes a period as two dates, both included (Europe/Copenhagen days), and
answers with plain dataclasses from one SQL aggregation (top_pages, downloads and chapters
one more query for the titles). Imported history (`manage.py import_visits`) may be stored by
the month: such a month's totals lie on its first day, so a month counts in a period when its
first day does; `imported` says that some of the figures came from the former analytics tool.
"""

import operator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce

from django.contrib.postgres.aggregates import BoolOr
from django.db import connection
from django.db.models import Q, Sum, Value
from django.db.models.functions import Coalesce, TruncMonth
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from stats import monthly
from stats.models import (
    DailyCampaigns,
    DailyChapters,
    DailyDevices,
    DailyDownloads,
    DailyPageViews,
    DailyReferrers,
    DailySearches,
    DailyTraffic,
    Device,
    MonthlyCampaigns,
    MonthlyDownloads,
    MonthlyPageViews,
    MonthlyReferrers,
    MonthlySearches,
)

TOP = 10


@dataclass(frozen=True)
class Totals:
    visits: int
    visitors: int
    page_views: int
    imported: bool


@dataclass(frozen=True)
class Month:
    month: date  # the month's first day
    visits: int
    page_views: int
    imported: bool


@dataclass(frozen=True)
class PageFigure:
    page_id: int
    title: str
    path: str  # the page's path on the site, "/artikler/…/"
    views: int


@dataclass(frozen=True)
class Referrer:
    domain: str
    visits: int


@dataclass(frozen=True)
class Campaign:
    source: str
    campaign: str
    visits: int


@dataclass(frozen=True)
class DeviceFigure:
    device: str  # "phone", "tablet", "desktop"
    label: str  # in Danish
    visits: int


@dataclass(frozen=True)
class Search:
    query: str
    searches: int
    results: int  # what the latest of them found


@dataclass(frozen=True)
class Download:
    document_id: int
    title: str
    downloads: int


@dataclass(frozen=True)
class Chapter:
    page_id: int
    title: str  # the publication's
    chapter: int
    reads: int


def _in(start, end):
    return Q(day__gte=start, day__lte=end)


def totals(start, end):
    """The site's visits, visitors (the sum of each day's distinct visitors) and page views in
    the period, and whether any of it is imported history."""
    row = DailyTraffic.objects.filter(_in(start, end)).aggregate(
        visits=Coalesce(Sum("visits"), 0),
        visitors=Coalesce(Sum("visitors"), 0),
        page_views=Coalesce(Sum("page_views"), 0),
        imported=Coalesce(BoolOr("imported"), Value(False)),
    )
    return Totals(row["visits"], row["visitors"], row["page_views"], row["imported"])


def by_month(start, end):
    """[Month] for every month from start's to end's, in order, months without figures as
    zeros; a month is `imported` when any of its figures is."""
    rows = (
        DailyTraffic.objects.filter(_in(start, end))
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(
            visits=Sum("visits"),
            page_views=Sum("page_views"),
            imported=BoolOr("imported"),
        )
        .order_by()
    )
    found = {row["month"]: row for row in rows}
    months = []
    month = start.replace(day=1)
    while month <= end:
        row = found.get(month, {})
        months.append(
            Month(month, row.get("visits", 0), row.get("page_views", 0), row.get("imported", False))
        )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def top_pages(start, end, limit=TOP):
    """[PageFigure] of the most viewed pages in the period, most first."""
    rows = _top(DailyPageViews, MonthlyPageViews, start, end, limit, ["page_id"], "views")
    pages = Page.objects.in_bulk([row["page_id"] for row in rows])
    root = _root_path()
    return [
        PageFigure(
            row["page_id"],
            pages[row["page_id"]].title,
            _site_path(pages[row["page_id"]].url_path, root),
            row["total"],
        )
        for row in rows
    ]


def top_referrers(start, end, limit=TOP):
    """[Referrer]: the other sites' domains that sent the most visits, most first."""
    return [
        Referrer(row["domain"], row["total"])
        for row in _top(DailyReferrers, MonthlyReferrers, start, end, limit, ["domain"], "visits")
    ]


def campaigns(start, end, limit=None):
    """[Campaign]: visits by utm_source/utm_campaign (a newsletter issue is one campaign),
    most first."""
    return [
        Campaign(row["source"], row["campaign"], row["total"])
        for row in _top(
            DailyCampaigns, MonthlyCampaigns, start, end, limit, ["source", "campaign"], "visits"
        )
    ]


def devices(start, end):
    """[DeviceFigure] for phone, tablet and desktop, in that order, zeros included."""
    found = {
        row["device"]: row["total"]
        for row in _top(DailyDevices, None, start, end, None, ["device"], "visits")
    }
    return [
        DeviceFigure(device.value, str(device.label), found.get(device.value, 0))
        for device in Device
    ]


def top_searches(start, end, limit=TOP):
    """[Search]: the queries searched most often on /soeg/, most first, with what the latest
    of them found."""
    return _searches(start, end, limit, empty=False)


def empty_searches(start, end, limit=TOP):
    """[Search]: the queries that found nothing, most often first: counted on the days their
    search found nothing (results is 0)."""
    return _searches(start, end, limit, empty=True)


# The sums by hashing, then the latest result of only the shown queries: ordering every row by
# its query text (to pick each query's latest) costs more than all the rest of the dashboard.
SEARCHES = """
WITH parts (query, total, last_day, results) AS NOT MATERIALIZED ({rows}),
top AS (
    SELECT query, sum(total) AS total FROM parts GROUP BY query ORDER BY total DESC, query {limit}
),
latest AS (
    SELECT DISTINCT ON (query) query, results FROM parts
    WHERE query IN (SELECT query FROM top) ORDER BY query, last_day DESC
)
SELECT query, total, results FROM top JOIN latest USING (query) ORDER BY total DESC, query
"""


def _searches(start, end, limit, *, empty):
    days, months = _spans(start, end)
    parts = []
    if days is not None:
        daily = DailySearches.objects.filter(days, **({"results": 0} if empty else {}))
        parts.append(daily.values_list("query", "searches", "day", "results"))
    if months is not None:
        measure = "empty_searches" if empty else "searches"
        parts.append(
            MonthlySearches.objects.filter(months, **{f"{measure}__gt": 0}).values_list(
                "query", measure, "last_day", "results"
            )
        )
    rows = _aggregate(SEARCHES, parts, limit)
    # An empty search found nothing, whatever the month's latest search found.
    return [Search(query, total, 0 if empty else results) for query, total, results in rows]


def downloads(start, end, limit=None):
    """[Download]: downloads per document (a publication's PDF is its `document`), most
    first."""
    rows = _top(DailyDownloads, MonthlyDownloads, start, end, limit, ["document_id"], "downloads")
    titles = dict(
        get_document_model()
        .objects.filter(pk__in=[row["document_id"] for row in rows])
        .values_list("pk", "title")
    )
    return [
        Download(row["document_id"], titles.get(row["document_id"], ""), row["total"])
        for row in rows
    ]


def chapters(start, end, limit=None):
    """[Chapter]: chapters of the reading editions read, most first."""
    rows = _top(DailyChapters, None, start, end, limit, ["page_id", "chapter"], "reads")
    titles = dict(
        Page.objects.filter(pk__in={row["page_id"] for row in rows}).values_list("pk", "title")
    )
    return [
        Chapter(row["page_id"], titles.get(row["page_id"], ""), row["chapter"], row["total"])
        for row in rows
    ]


TOP_ROWS = """
SELECT {fields}, sum(measure) AS total
FROM ({rows}) AS parts (measure, {fields})
GROUP BY {fields} ORDER BY total DESC, {fields} {limit}
"""


def _top(daily, monthly, start, end, limit, fields, measure):
    """[{field: value, "total": sum}] most first: a long period's whole months summed from the
    monthly rows, only its ragged ends from the daily ones."""
    days, months = _spans(start, end) if monthly else (_in(start, end), None)
    parts = []
    if days is not None:
        parts.append(daily.objects.filter(days).values_list(measure, *fields))
    if months is not None:
        parts.append(monthly.objects.filter(months).values_list(measure, *fields))
    sql = TOP_ROWS.replace("{fields}", ", ".join(fields))
    names = [*fields, "total"]
    return [dict(zip(names, row, strict=True)) for row in _aggregate(sql, parts, limit)]


def _aggregate(sql, parts, limit):
    """Runs `sql` over the union of the querysets `parts`."""
    compiled = [part.order_by().query.sql_with_params() for part in parts]
    rows = " UNION ALL ".join(f"({part})" for part, _ in compiled)
    params = [param for _, part_params in compiled for param in part_params]
    text = sql.format(rows=rows, limit="" if limit is None else f"LIMIT {int(limit)}")
    with connection.cursor() as cursor:
        cursor.execute(text, params)
        return cursor.fetchall()


def _spans(start, end):
    """(days, months): Q of the daily rows and Q of the monthly rows that together cover the
    period, each day once; None for either when the period needs none of its rows."""
    first = start if start.day == 1 else monthly.next_month(start)
    after = monthly.next_month(end) if end == monthly.month_end(end) else end.replace(day=1)
    if first >= after:
        return _in(start, end), None
    ends = [(start, first - timedelta(days=1)), (after, end)]
    days = [_in(a, b) for a, b in ends if a <= b]
    return (reduce(operator.or_, days) if days else None), Q(month__gte=first, month__lt=after)


def _root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def _site_path(url_path, root):
    return "/" + url_path.removeprefix(root).lstrip("/") if url_path.startswith(root) else url_path
