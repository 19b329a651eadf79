"""Composing issues: the weekly slot from the editors' settings, what was published since the
last issue, and the decision for a slot that passed while the system was down."""

import datetime
import zoneinfo
from datetime import timedelta

from django.core.mail import send_mass_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.permissions import policy_registry

from courses.models import CoursePage
from events.models import EventPage
from lederweb.queueing import enqueue
from lederweb.restrictions import public_pages
from lederweb.seo import absolute_url
from newsletter import sending
from newsletter.models import Issue, IssueItem, SendSettings
from projects.models import ArticlePage
from publications.models import PublicationPage

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
# A slot found later than this (the system was down) is not sent silently late: it becomes a
# missed issue and an editor decides in the admin.
MISSED_AFTER = timedelta(hours=1)
# The first automatic issue ever looks this far back.
FIRST_PERIOD = timedelta(days=7)


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
    """Live articles, publications, events and courses first published in (since, until];
    of the events only those not over by `until`: one already held is no news to go to."""
    published = Q(first_published_at__gt=since, first_published_at__lte=until)
    articles = public_pages(ArticlePage.objects.live().filter(published))
    publications = public_pages(PublicationPage.objects.live().filter(published))
    events = public_pages(EventPage.objects.live().upcoming(until).filter(published))
    courses = public_pages(CoursePage.objects.live().filter(published))
    return [
        *articles.order_by("-date", "-first_published_at"),
        *publications.order_by("-first_published_at"),
        *events.order_by("start"),
        *courses.order_by("-first_published_at"),
    ]


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
                subject=default_subject(slot or until),
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


def compose_time(slot, config):
    """When the issue of `slot` is composed ahead as a draft (Copenhagen wall time); never
    after the slot itself."""
    local = slot.astimezone(COPENHAGEN)
    day = local.date() - timedelta(days=config.compose_days_before)
    at = datetime.datetime.combine(day, config.compose_time, tzinfo=COPENHAGEN)
    return min(at.astimezone(datetime.UTC), slot)


def compose_ahead(now, config):
    """The coming slot's issue, once its compose time has come: scheduled for the slot, so it
    goes then unless an editor pauses it; the editors are told."""
    slot = latest_slot(now, config.weekday, config.send_time) + timedelta(days=7)
    if now < compose_time(slot, config) or Issue.objects.filter(slot=slot).exists():
        return None
    issue = compose(now, slot=slot, status=Issue.Status.SCHEDULED)
    if issue is not None:
        from newsletter.tasks import notify_editors  # exception E2

        transaction.on_commit(lambda: enqueue(notify_editors, issue.pk))
    return issue


def plan(now=None):
    """Beat, every minute: compose the coming issue ahead as a draft, compose a slot that has
    no issue yet at the slot (or mark it missed), and start scheduled issues that are due.
    Returns the issues started."""
    now = now or timezone.now()
    config = SendSettings.load()
    compose_ahead(now, config)
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


def editor_addresses():
    """Everyone who may change issues, by e-mail."""
    users = policy_registry.get_by_type(Issue).users_with_permission("change")
    addresses = users.filter(is_active=True).exclude(email="").values_list("email", flat=True)
    return sorted(set(addresses))


def notify_editors(issue_id):
    """Tells the editors (one mail each, once) that the issue composed ahead awaits them."""
    issue = Issue.objects.filter(pk=issue_id, editors_notified_at__isnull=True).first()
    if issue is None:
        return 0
    context = {
        "issue": issue,
        "send_at": date_format(issue.scheduled_at.astimezone(COPENHAGEN), "l j. F \\k\\l. H.i"),
        "status_url": absolute_url(reverse("nyhedsbreve:status", args=[issue.pk])),
        "items": [item.page.title for item in issue.items.select_related("page")],
    }
    subject = f"Nyhedsbrevet »{issue.subject}« er klar til gennemsyn"
    body = render_to_string("email/newsletter_draft_ready.txt", context)
    addresses = editor_addresses()
    send_mass_mail([(subject, body, None, [address]) for address in addresses])
    Issue.objects.filter(pk=issue_id).update(editors_notified_at=timezone.now())
    return len(addresses)
