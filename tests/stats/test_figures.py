"""The read API (stats/figures.py) over the daily aggregate rows: what the dashboard and the
status report show, in a constant number of queries."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model

from stats import figures, monthly
from stats.models import (
    DailyCampaigns,
    DailyChapters,
    DailyDevices,
    DailyDownloads,
    DailyPageViews,
    DailyReferrers,
    DailySearches,
    DailyTraffic,
)
from tests.projects.factories import make_article

pytestmark = pytest.mark.django_db

MAY = (date(2026, 5, 1), date(2026, 5, 31))


def days(*numbers):
    return [date(2026, 5, number) for number in numbers]


def test_totals_and_months_add_up_counted_and_imported_rows():
    DailyTraffic.objects.create(
        day=date(2026, 4, 1), days=30, visits=900, page_views=2000, imported=True
    )
    for day in days(1, 2):
        DailyTraffic.objects.create(day=day, visits=10, visitors=8, page_views=25)
    DailyTraffic.objects.create(day=date(2026, 6, 1), visits=99, visitors=99, page_views=99)

    assert figures.totals(*MAY) == figures.Totals(20, 16, 50, imported=False)
    assert figures.totals(date(2026, 4, 1), date(2026, 5, 31)) == figures.Totals(
        920, 16, 2050, imported=True
    )
    assert figures.totals(date(2025, 1, 1), date(2025, 12, 31)) == figures.Totals(0, 0, 0, False)
    assert figures.by_month(date(2026, 3, 15), date(2026, 5, 31)) == [
        figures.Month(date(2026, 3, 1), 0, 0, False),
        figures.Month(date(2026, 4, 1), 900, 2000, True),
        figures.Month(date(2026, 5, 1), 20, 50, False),
    ]


def test_the_lists_are_summed_over_the_period_most_first(home, django_assert_num_queries):
    first, second = make_article("Ledelse af frivillige"), make_article("Da krigen sluttede")
    document = get_document_model().objects.create(
        title="Nærværende ledelse på afstand (pdf)", file=ContentFile(b"%PDF-1.4", "n.pdf")
    )
    for day, views in zip(days(1, 2, 3), (5, 6, 7), strict=True):
        DailyPageViews.objects.create(page=first, day=day, views=views)
        DailyPageViews.objects.create(page=second, day=day, views=views + 1)
        DailyReferrers.objects.create(day=day, domain="www.google.dk", visits=views)
        DailyReferrers.objects.create(day=day, domain="facebook.com", visits=1)
        DailyCampaigns.objects.create(day=day, source="nyhedsbrev", campaign="uge-19", visits=2)
        DailyDevices.objects.create(day=day, device="phone", visits=views)
        DailyDownloads.objects.create(document=document, day=day, downloads=3)
        DailyChapters.objects.create(page=first, chapter=2, day=day, reads=4)
        DailySearches.objects.create(day=day, query="trivsel", searches=views, results=4)
    DailySearches.objects.create(day=days(1)[0], query="frivillig", searches=3, results=2)
    DailySearches.objects.create(day=days(2)[0], query="frivillig", searches=1, results=0)
    DailyPageViews.objects.create(page=first, day=date(2026, 6, 1), views=1000)  # outside May
    with connection.cursor() as cursor:  # as the roll-up keeps them with the daily rows
        monthly.refresh(cursor, date(2026, 5, 1), date(2026, 6, 1))

    with django_assert_num_queries(3):  # the views, the pages, the site root; nothing more
        pages = figures.top_pages(*MAY)
    assert [(page.title, page.views) for page in pages] == [
        ("Da krigen sluttede", 21),
        ("Ledelse af frivillige", 18),
    ]
    assert pages[0].path == "/artikler/da-krigen-sluttede/"
    assert figures.top_pages(*MAY, limit=1) == pages[:1]
    assert figures.top_referrers(*MAY) == [
        figures.Referrer("www.google.dk", 18),
        figures.Referrer("facebook.com", 3),
    ]
    assert figures.campaigns(*MAY) == [figures.Campaign("nyhedsbrev", "uge-19", 6)]
    assert figures.devices(*MAY) == [
        figures.DeviceFigure("phone", "Mobil", 18),
        figures.DeviceFigure("tablet", "Tablet", 0),
        figures.DeviceFigure("desktop", "Computer", 0),
    ]
    assert figures.downloads(*MAY) == [
        figures.Download(document.pk, "Nærværende ledelse på afstand (pdf)", 9)
    ]
    assert figures.chapters(*MAY) == [figures.Chapter(first.pk, first.title, 2, 12)]
    with django_assert_num_queries(1):
        searches = figures.top_searches(*MAY)
    # The latest search for "frivillig" found nothing, so it shows 0 results.
    assert searches == [figures.Search("trivsel", 18, 4), figures.Search("frivillig", 4, 0)]
    assert figures.empty_searches(*MAY) == [figures.Search("frivillig", 1, 0)]
