"""The figures of the admin's "Statistik" page for a period against the same period a year
before: key figures, visits per month, and tables that each export to CSV."""

import datetime as dt
from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.db.models import Q, Sum
from django.utils import timezone

from lederweb.charts import comparison_chart
from newsletter.history import subscribers_at
from publications.models import Order, PublicationPage
from reports.status import MONTHS, Period, courses, events, followers_at
from stats import figures

# The figures change when beat rolls the counters up (every 5 minutes) or an editor enters
# some; an editor paging through the tables and exports reads them once.
CACHE_SECONDS = 5 * 60


class PeriodForm(forms.Form):
    PRESETS = [("year", "I år"), ("30", "Seneste 30 dage"), ("custom", "Selvvalgt periode")]
    preset = forms.ChoiceField(label="Periode", choices=PRESETS, initial="year", required=False)
    start = forms.DateField(label="Fra (dd.mm.åååå)", required=False)
    end = forms.DateField(label="Til (dd.mm.åååå)", required=False)

    def clean(self):
        data = super().clean()
        if data.get("preset") == "custom":
            if not data.get("start") or not data.get("end"):
                raise forms.ValidationError("Skriv både en start- og en slutdato.")
            if data["end"] < data["start"]:
                raise forms.ValidationError("Slutdatoen ligger før startdatoen.")
            if (data["end"] - data["start"]).days > 3 * 366:
                raise forms.ValidationError("Vælg en periode på højst tre år.")
        return data

    def period(self, today):
        data = self.cleaned_data if self.is_valid() else {}
        preset = data.get("preset") or "year"
        if preset == "custom":
            return Period(data["start"], data["end"])
        if preset == "30":
            return Period(today - dt.timedelta(days=29), today)
        return Period(dt.date(today.year, 1, 1), today)


@dataclass
class Table:
    key: str
    title: str
    headers: list
    rows: list

    @property
    def csv_rows(self):
        return [self.headers, *self.rows]


def _change(now, before):
    if not before:
        return None
    return round((now - before) * 100 / before)


def key_figures(period, previous):
    now, before = (figures.totals(p.start, p.end) for p in (period, previous))
    subscribers = subscribers_at(period.moment_after, previous.moment_after)
    followers_now = followers_at(period.end)
    followers_before = followers_at(previous.end)
    rows = [
        ("Besøg", now.visits, before.visits),
        ("Besøgende", now.visitors, before.visitors),
        ("Sidevisninger", now.page_views, before.page_views),
        ("Abonnenter på nyhedsbrevet", *subscribers),
        *(
            (f"Følgere på {channel}", count, followers_before.get(channel, 0))
            for channel, count in followers_now.items()
        ),
    ]
    return [(label, a, b, _change(a, b)) for label, a, b in rows], now.imported or before.imported


def tables(period):
    start, end = period.start, period.end
    pages = figures.top_pages(start, end)
    printed = (
        PublicationPage.objects.live()
        .annotate(printed=Sum("print_runs__copies"))
        .filter(printed__gt=0)
        .order_by("title")
    )
    ordered = (
        Order.objects.confirmed()
        .values("publication")
        .annotate(
            total=Sum("quantity", filter=Q(created_at__date__range=(start, end))),
            sent=Sum("quantity", filter=Q(shipped_at__date__range=(start, end))),
        )
        .order_by()
    )
    orders = {row["publication"]: (row["total"] or 0, row["sent"] or 0) for row in ordered}
    return [
        Table("sider", "Mest besøgte sider", ["Side", "Adresse", "Visninger"],
              [[p.title, p.path, p.views] for p in pages]),
        Table("henvisninger", "Henvisende sites", ["Domæne", "Besøg"],
              [[r.domain, r.visits] for r in figures.top_referrers(start, end)]),
        Table("nyhedsbreve", "Nyhedsbreve og kampagner (utm)", ["Kilde", "Kampagne", "Besøg"],
              [[c.source, c.campaign, c.visits] for c in figures.campaigns(start, end, 20)]),
        Table("enheder", "Enheder", ["Enhed", "Besøg"],
              [[d.label, d.visits] for d in figures.devices(start, end)]),
        Table("soegninger", "Mest søgte", ["Søgning", "Antal", "Resultater"],
              [[s.query, s.searches, s.results] for s in figures.top_searches(start, end)]),
        Table("uden-resultat", "Søgninger uden resultat", ["Søgning", "Antal"],
              [[s.query, s.searches] for s in figures.empty_searches(start, end)]),
        Table("downloads", "Downloads af publikationer og dokumenter", ["Dokument", "Downloads"],
              [[d.title, d.downloads] for d in figures.downloads(start, end, 20)]),
        Table("trykte", "Trykte eksemplarer", ["Publikation", "Trykt i alt",
              "Bestilt i perioden", "Sendt i perioden"],
              [[p.title, p.printed, *orders.get(p.pk, (0, 0))] for p in printed]),
        Table("arrangementer", "Tilmeldte og fremmødte til arrangementer", ["Arrangement",
              "Dato", "Tilmeldte", "Venteliste", "Fremmødte"],
              [[e.title, f"{timezone.localtime(e.start):%d.%m.%Y}", e.registered, e.waiting,
                "–" if e.attended is None else e.attended] for e in events(period)]),
        Table("e-kurser", "E-kurser (til dato)", ["Kursus", "Tilmeldte", "Begyndt",
              "Gennemført"],
              [[c.title, f.signed_up, f.started, f.finished] for c, f in courses()]),
    ]  # fmt: skip


def month_chart(period, previous):
    current = figures.by_month(period.start, period.end)
    before = figures.by_month(previous.start, previous.end)
    return comparison_chart(
        "Besøg pr. måned",
        [f"{MONTHS[m.month.month - 1]} {m.month:%y}" for m in current],
        [m.visits for m in current],
        [m.visits for m in before][: len(current)],
        names=("Perioden", "Året før"),
    )


def build(period):
    """The dashboard's figures for the period, from the cache when built in the last minutes."""
    key = f"reports-dashboard:{period.start.isoformat()}:{period.end.isoformat()}"
    return cache.get_or_set(key, lambda: compute(period), CACHE_SECONDS)


def compute(period):
    previous = period.year_before()
    key, imported = key_figures(period, previous)
    return {
        "period": period,
        "previous": previous,
        "key_figures": key,
        "imported": imported,
        "chart": month_chart(period, previous),
        "tables": tables(period),
    }
