"""The yearly status note, in the shape of the secretariat's "Status december 2013", computed
from the site's content and figures; only the free text comes from the year's StatusNote.

The note covers the twelve months since the previous one (December to November: the 2013
note lists the article of 19 December 2012); Lederweb's traffic is given for a period of its
own (`--period 1.1-30.9`), against the same period a year before."""

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from courses.models import CoursePage
from courses.overview import course_figures
from events.models import EventPage, Registration
from lederweb.charts import comparison_chart
from newsletter.history import subscribers_at
from projects.models import ArticlePage, IdeaCollectionPage, ProgrammePage, ProjectPage, ToolPage
from publications.models import Order, PrintRun, PublicationPage
from reports.models import FollowerCount, MediaMention, StatusNote
from stats import figures

MONTHS = [
    *("jan.", "feb.", "mar.", "apr.", "maj", "jun."),
    *("jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
]
PERIOD = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\s*-\s*(\d{1,2})\.(\d{1,2})\s*$")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def year_before(self):
        return Period(_year_earlier(self.start), _year_earlier(self.end))

    @property
    def months(self):
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def label(self):
        return f"{_day(self.start)} – {_day(self.end)}"

    @property
    def moment_after(self):
        """The start of the day after the period, when its closing figures are read."""
        day = self.end + dt.timedelta(days=1)
        return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _day(day):
    return f"{day.day}.{day.month}.{day.year}"


def _year_earlier(day):
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def parse_period(year, text=None):
    """ "1.1-30.9" -> Period(1 January YEAR, 30 September YEAR); none: the whole year."""
    if not text:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    match = PERIOD.match(text)
    if not match:
        raise PeriodError("Perioden skrives som D.M-D.M, fx 1.1-30.9.")
    d1, m1, d2, m2 = (int(g) for g in match.groups())
    try:
        period = Period(dt.date(year, m1, d1), dt.date(year, m2, d2))
    except ValueError as error:
        raise PeriodError(f"Perioden indeholder en dato, der ikke findes: {text}.") from error
    if period.end < period.start:
        raise PeriodError("Periodens slutdato ligger før startdatoen.")
    return period


def note_window(year):
    """The twelve months a year's note covers: December before through November."""
    return Period(dt.date(year - 1, 12, 1), dt.date(year, 11, 30))


def marking(page):
    """ "Væksthus 1+2+3", "Bestyrelse" or both, as the status note writes them (the site's own
    label says "Bestyrelsen")."""
    return page.marking_label.replace("Bestyrelsen", "Bestyrelse")


def followers_at(day):
    """{channel label: followers} from the latest count on or before day."""
    counts = (
        FollowerCount.objects.filter(date__lte=day).order_by("channel", "-date").distinct("channel")
    )
    return {count.get_channel_display(): count.followers for count in counts}


def traffic(period):
    previous = period.year_before()
    now = figures.totals(period.start, period.end)
    before = figures.totals(previous.start, previous.end)
    current_months = figures.by_month(period.start, period.end)
    previous_months = figures.by_month(previous.start, previous.end)
    subscribers_now, subscribers_before = subscribers_at(period.moment_after, previous.moment_after)
    followers_now = followers_at(period.end + dt.timedelta(days=1))
    followers_before = followers_at(previous.end + dt.timedelta(days=1))
    return {
        "period": period,
        "previous": previous,
        "visits": now.visits,
        "visits_before": before.visits,
        "average": round(now.visits / period.months),
        "average_before": round(before.visits / previous.months),
        "imported": now.imported or before.imported,
        "subscribers": subscribers_now,
        "subscribers_before": subscribers_before,
        "subscribers_gain": subscribers_now - subscribers_before,
        "followers": [
            (channel, count, followers_before.get(channel))
            for channel, count in followers_now.items()
        ],
        "chart": comparison_chart(
            f"Besøg pr. måned, {period.start.year} mod {previous.start.year}",
            [MONTHS[m.month.month - 1] for m in current_months],
            [m.visits for m in current_months],
            [m.visits for m in previous_months],
            names=(str(period.start.year), str(previous.start.year)),
        ),
    }


def _published_in(window):
    return Q(first_published_at__date__gte=window.start, first_published_at__date__lte=window.end)


def products(year):
    """The year's new publications with copies printed and sent, and the reprints."""
    publications = (
        PublicationPage.objects.live()
        .filter(year=year)
        .annotate(printed=Sum("print_runs__copies"))
        .order_by("title")
    )
    sent = dict(
        Order.objects.filter(shipped_at__isnull=False, publication__in=publications)
        .values_list("publication")
        .annotate(total=Sum("quantity"))
        .order_by()
    )
    reprints = (
        PrintRun.objects.filter(printed_on__year=year, page__year__lt=year, page__live=True)
        .select_related("page")
        .order_by("printed_on")
    )
    return {
        "publications": [(p, p.printed or 0, sent.get(p.pk, 0)) for p in publications],
        "reprints": reprints,
    }


def articles(window):
    return (
        ArticlePage.objects.live()
        .filter(project__isnull=False, date__gte=window.start, date__lte=window.end)
        .select_related("project")
        .prefetch_related("vaeksthuse")
        .order_by("date", "pk")
    )


def events(period):
    """The events that began in the period with their confirmed registrations, waiting list
    and the attendance the editors recorded after them (None where they recorded none)."""
    return (
        EventPage.objects.live()
        .filter(start__date__gte=period.start, start__date__lte=period.end)
        .annotate(
            registered=Count(
                "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
            ),
            waiting=Count(
                "registrations", filter=Q(registrations__status=Registration.Status.WAITING)
            ),
            attended=F("attendance__attended"),
        )
        .order_by("start")
    )


def courses():
    """[(course, CourseFigures)] of every live e-course: signed up, started and finished to
    date. Not by period: a participant's progress is kept only while they are active
    (courses/retention.py), so a past year's figures cannot be told afresh."""
    return [
        (course, course_figures(course)) for course in CoursePage.objects.live().order_by("title")
    ]


def build(year, period_text=None):
    """Everything the note shows, for templates/reports/status_note.html."""
    window = note_window(year)
    period = parse_period(year, period_text)
    article_list = [(a, marking(a)) for a in articles(window)]
    published = _published_in(window)
    counts = {
        "publications": PublicationPage.objects.live().filter(year=year).count(),
        "articles": len(article_list),
        "idea_collections": IdeaCollectionPage.objects.live().filter(published).count(),
        "tools": ToolPage.objects.live().filter(published).count(),
        "programmes": ProgrammePage.objects.live().filter(published).count(),
    }
    return {
        "year": year,
        "window": window,
        "note": StatusNote.objects.filter(year=year).first(),
        "counts": counts,
        "products": products(year),
        "articles": article_list,
        "projects": ProjectPage.objects.live()
        .filter(status=ProjectPage.Status.ONGOING)
        .order_by("title"),
        "mentions": MediaMention.objects.filter(
            date__gte=window.start, date__lte=window.end
        ).order_by("date"),
        "media": sorted(
            set(
                MediaMention.objects.filter(
                    date__gte=window.start, date__lte=window.end
                ).values_list("medium", flat=True)
            )
        ),
        "events": events(window),
        "courses": courses(),
        "traffic": traffic(period),
        "generated_at": timezone.localtime(),
    }
