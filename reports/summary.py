"""The weekly summary mail to the secretariat: last week's key figures against the same week
a year before and its most visited pages, sent once a week (WeeklySummary keeps which)."""

import datetime as dt

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lederweb.mail import templated_mail
from lederweb.seo import absolute_url
from reports.dashboard import key_figures
from reports.models import StatisticsSettings, WeeklySummary
from reports.status import Period
from stats import figures


def last_week(today):
    monday = today - dt.timedelta(days=today.weekday() + 7)
    return Period(monday, monday + dt.timedelta(days=6))


def summary_mail(week, address):
    previous = week.year_before()
    rows, imported = key_figures(week, previous)
    context = {
        "week": week,
        "previous": previous,
        "key_figures": rows,
        "imported": imported,
        "pages": figures.top_pages(week.start, week.end, 5),
        "dashboard_url": absolute_url(reverse("reports_dashboard")),
    }
    number = week.start.isocalendar().week
    return templated_mail(
        "email/reports_weekly_summary",
        context,
        subject=f"Lederwebs statistik for uge {number} ({week.label})",
        to=[address],
    )


def send_weekly_summary(today=None):
    """Sends last week's summary unless it was sent; returns the week's row or None."""
    address = StatisticsSettings.load().summary_email
    if not address:
        return None
    week = last_week(today or timezone.localdate())
    WeeklySummary.objects.get_or_create(week_start=week.start)
    with transaction.atomic():
        row = (
            WeeklySummary.objects.select_for_update(skip_locked=True)
            .filter(week_start=week.start, sent_at__isnull=True)
            .first()
        )
        if row is None:
            return None  # sent already, or another worker is sending it
        summary_mail(week, address).send()
        row.sent_at, row.recipient = timezone.now(), address
        row.save(update_fields=["sent_at", "recipient"])
    return row
