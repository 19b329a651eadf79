"""Adapters over stats/figures.py where the dashboard needs them faster at a year of heavy
traffic: the top searches summed in one pass, and only the shown queries' latest result count
looked up (stats.figures.top_searches builds an array of every day's count for every query)."""

from django.db.models import Sum

from stats.figures import TOP, Search
from stats.models import DailySearches


def searches(start, end, *, empty=False, limit=TOP):
    """[Search] most searched first; with `empty`, counted on the days they found nothing."""
    rows = DailySearches.objects.filter(day__gte=start, day__lte=end)
    if empty:
        rows = rows.filter(results=0)
    top = list(
        rows.values("query").annotate(total=Sum("searches")).order_by("-total", "query")[:limit]
    )
    latest = dict(
        rows.filter(query__in=[row["query"] for row in top])
        .order_by("query", "-day")
        .distinct("query")
        .values_list("query", "results")
    )
    return [Search(row["query"], row["total"], latest[row["query"]]) for row in top]
