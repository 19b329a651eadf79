"""The monthly rows beside the daily ones (stats/monthly.py): the traffic roll-up keeps them in
its transaction, exactly once, and a period reads its whole months from them and its ragged
ends from the daily rows, with the same figures as the daily rows alone."""

from datetime import date

import pytest
from django.db import connection
from django.db.models import Sum

from stats import figures, monthly, traffic_rollup
from stats.models import (
    DailyReferrers,
    DailySearches,
    MonthlyPageViews,
    MonthlyReferrers,
    MonthlySearches,
)
from stats.rollup import Batch
from tests.projects.factories import make_article

pytestmark = pytest.mark.django_db


def month_rows(model, *fields):
    return sorted(model.objects.values_list("month", *fields))


def test_the_roll_up_writes_the_month_rows_with_the_daily_ones_once(home):
    article = make_article("Ledelse af frivillige")
    batch = Batch(
        "token-1",
        {
            f"p|2026-05-01|{article.pk}": "3",
            f"p|2026-05-02|{article.pk}": "4",
            f"p|2026-06-01|{article.pk}": "5",
            "r|2026-05-02|www.google.dk": "2",
            "q|2026-05-01|trivsel": "2",
            "n|2026-05-01|trivsel": "0",
            "q|2026-05-03|trivsel": "1",
            "n|2026-05-03|trivsel": "7",
        },
    )
    traffic_rollup.apply(batch)
    traffic_rollup.apply(batch)  # a worker that died before releasing it: not again
    assert month_rows(MonthlyPageViews, "page_id", "views") == [
        (date(2026, 5, 1), article.pk, 7),
        (date(2026, 6, 1), article.pk, 5),
    ]
    assert month_rows(MonthlyReferrers, "domain", "visits") == [
        (date(2026, 5, 1), "www.google.dk", 2)
    ]
    # The same day again later: the day's latest search now found something.
    traffic_rollup.apply(
        Batch("token-2", {"q|2026-05-01|trivsel": "1", "n|2026-05-01|trivsel": "2"})
    )
    assert month_rows(
        MonthlySearches, "query", "searches", "empty_searches", "results", "last_day"
    ) == [(date(2026, 5, 1), "trivsel", 4, 0, 7, date(2026, 5, 3))]
    traffic_rollup.apply(
        Batch("token-3", {"q|2026-05-03|trivsel": "1", "n|2026-05-03|trivsel": "0"})
    )
    assert month_rows(MonthlySearches, "searches", "empty_searches", "results") == [
        (date(2026, 5, 1), 5, 2, 0)
    ]


SPANS = [
    (date(2026, 4, 30), date(2026, 6, 2)),  # ragged at both ends
    (date(2026, 5, 1), date(2026, 5, 31)),  # one whole month
    (date(2026, 4, 1), date(2026, 6, 30)),  # whole months only
    (date(2026, 5, 2), date(2026, 5, 31)),  # no whole month
    (date(2026, 4, 30), date(2026, 5, 31)),  # ragged start
    (date(2026, 5, 1), date(2026, 6, 1)),  # ragged end
]


@pytest.mark.parametrize(("start", "end"), SPANS)
def test_a_period_counts_each_day_once_from_either_rows(start, end):
    days = [date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 15), date(2026, 5, 31)]
    days += [date(2026, 6, 1), date(2026, 6, 2)]
    for number, day in enumerate(days, start=1):
        DailyReferrers.objects.create(day=day, domain="www.google.dk", visits=number)
        DailyReferrers.objects.create(day=day, domain="facebook.com", visits=10 * number)
        DailySearches.objects.create(day=day, query="trivsel", searches=number, results=number)
        DailySearches.objects.create(day=day, query="frivillig", searches=1, results=number % 2)
    with connection.cursor() as cursor:
        monthly.refresh(cursor, days[0], days[-1])

    in_period = DailyReferrers.objects.filter(day__gte=start, day__lte=end)
    expected = {
        domain: in_period.filter(domain=domain).aggregate(total=Sum("visits"))["total"]
        for domain in ("www.google.dk", "facebook.com")
    }
    assert figures.top_referrers(start, end) == [
        figures.Referrer("facebook.com", expected["facebook.com"]),
        figures.Referrer("www.google.dk", expected["www.google.dk"]),
    ]
    searches = DailySearches.objects.filter(day__gte=start, day__lte=end)
    latest = searches.filter(query="trivsel").latest("day")
    trivsel = searches.filter(query="trivsel").aggregate(total=Sum("searches"))["total"]
    frivillig = searches.filter(query="frivillig")
    assert figures.top_searches(start, end) == [
        figures.Search("trivsel", trivsel, latest.results),
        figures.Search("frivillig", frivillig.count(), frivillig.latest("day").results),
    ]
    assert figures.empty_searches(start, end) == [
        figures.Search("frivillig", frivillig.filter(results=0).count(), 0)
    ]
