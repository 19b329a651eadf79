"""Composing issues: the weekly slot from the editors' settings, what was published since the
last issue, and the decision for a slot that passed while the system was down."""

import datetime
import zoneinfo
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from newsletter.models import Issue, IssueItem, SendSettings

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
# A slot found later than this (the system was down) is not sent silently late: it becomes a
# missed issue and an editor decides in the admin.
MISSED_AFTER = timedelta(hours=1)
# The first automatic issue ever looks this far back.
FIRST_PERIOD = timedelta(days=7)


def send_settings():
    return SendSettings.load()


def latest_slot(now, weekday, at):
    """The most recent weekly send time (Copenhagen wall time) at or before `now`."""
    local = now.astimezone(COPENHAGEN)
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    slot = datetime.datetime.combine(day, at, tzinfo=COPENHAGEN)
    if slot > local:
        slot = datetime.datetime.combine(day - timedelta(days=7), at, tzinfo=COPENHAGEN)
    return slot.astimezone(datetime.UTC)


def covered_until(until):
    """Where the previous issue's period ended (discarded issues give their items back)."""
    last = (
        Issue.objects.exclude(status=Issue.Status.DISCARDED)
        .filter(covers_until__isnull=False, covers_until__lt=until)
        .order_by("-covers_until")
        .values_list("covers_until", flat=True)
        .first()
    )
    return last or until - FIRST_PERIOD


def new_pages(since, until):
    """Live articles, publications and events first published in (since, until]."""
    from events.models import EventPage
    from projects.models import ArticlePage
    from publications.models import PublicationPage

    published = Q(live=True, first_published_at__gt=since, first_published_at__lte=until)
    articles = ArticlePage.objects.filter(published).order_by("-date", "-first_published_at")
    publications = PublicationPage.objects.filter(published).order_by("-first_published_at")
    events = EventPage.objects.filter(published).order_by("start")
    return [*articles, *publications, *events]


def item_pages(issue):
    """The issue's pages as their specific types, in the editor's order, sections prefetched."""
    from wagtail.models import Page

    page_ids = list(issue.items.order_by("sort_order").values_list("page_id", flat=True))
    specific = Page.objects.filter(pk__in=page_ids).specific().prefetch_related("vaeksthuse")
    by_id = {page.pk: page for page in specific}
    return [by_id[pk] for pk in page_ids if pk in by_id]


def default_subject(until):
    return f"Lederwebs nyhedsbrev {date_format(until.astimezone(COPENHAGEN), 'j. F Y')}"


def compose(until, slot=None, status=Issue.Status.DRAFT):
    """An issue from what was published since the last one; None when nothing is new (or
    when the slot already has its issue)."""
    pages = new_pages(covered_until(until), until)
    if not pages:
        return None
    try:
        with transaction.atomic():
            issue = Issue.objects.create(
                subject=default_subject(until),
                slot=slot,
                covers_until=until,
                status=status,
                scheduled_at=slot,
            )
            IssueItem.objects.bulk_create(
                IssueItem(issue=issue, page=page, sort_order=order)
                for order, page in enumerate(pages)
            )
    except IntegrityError:
        return None  # another beat run composed this slot first
    return issue


def plan(now=None):
    """Beat, every minute: compose the weekly issue at its slot (or mark it missed), and start
    scheduled issues that are due. Returns the issues started."""
    from newsletter import sending

    now = now or timezone.now()
    config = send_settings()
    slot = latest_slot(now, config.weekday, config.send_time)
    if not Issue.objects.filter(slot=slot).exists():
        late = now - slot > MISSED_AFTER
        compose(slot, slot=slot, status=Issue.Status.MISSED if late else Issue.Status.SCHEDULED)
    started = []
    for issue in Issue.objects.filter(status=Issue.Status.SCHEDULED, scheduled_at__lte=now):
        if now - issue.scheduled_at > MISSED_AFTER:
            Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.MISSED)
        elif sending.start(issue.pk):
            started.append(issue.pk)
    return started
