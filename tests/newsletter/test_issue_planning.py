"""The weekly slot: composed on time from what is new, never silently late, nothing if empty."""

import datetime
from datetime import timedelta

from newsletter import planning
from newsletter.models import Delivery, Issue
from tests.newsletter.issue_support import publish_article, publish_event

THURSDAY_8 = datetime.datetime(2026, 11, 26, 7, 0, tzinfo=datetime.UTC)  # 08:00 in Copenhagen


def test_the_slot_is_thursday_at_eight_copenhagen_time():
    friday = THURSDAY_8 + timedelta(days=1)
    assert planning.latest_slot(friday, 3, datetime.time(8, 0)) == THURSDAY_8
    before = THURSDAY_8 - timedelta(minutes=1)
    assert planning.latest_slot(before, 3, datetime.time(8, 0)) == THURSDAY_8 - timedelta(days=7)


def test_on_time_the_issue_is_composed_from_what_is_new_and_started(sections):
    publish_article("Ny artikel", when=THURSDAY_8 - timedelta(days=2))
    publish_article("Gammel artikel", when=THURSDAY_8 - timedelta(days=30))
    publish_article("Efter udsendelsen", when=THURSDAY_8 + timedelta(minutes=1))

    started = planning.plan(now=THURSDAY_8 + timedelta(minutes=1))

    issue = Issue.objects.get()
    assert started == [issue.pk]
    assert issue.status == Issue.Status.SENDING
    assert [item.page.title for item in issue.items.all()] == ["Ny artikel"]
    assert planning.plan(now=THURSDAY_8 + timedelta(minutes=2)) == []
    assert Issue.objects.count() == 1


def test_an_event_already_over_is_not_news(sections):
    # Published in the week, but held before the issue goes out: a leader cannot go any more.
    published = THURSDAY_8 - timedelta(days=2)
    publish_event("Kommende temadag", when=published, start=THURSDAY_8 + timedelta(days=14))
    publish_event("Afholdt temadag", when=published, start=THURSDAY_8 - timedelta(days=1))

    planning.plan(now=THURSDAY_8 + timedelta(minutes=1))

    assert [item.page.title for item in Issue.objects.get().items.all()] == ["Kommende temadag"]


def test_nothing_new_means_no_issue(sections):
    publish_article("Gammel artikel", when=THURSDAY_8 - timedelta(days=30))
    assert planning.plan(now=THURSDAY_8 + timedelta(minutes=1)) == []
    assert not Issue.objects.exists()


def test_a_slot_missed_while_down_waits_for_an_editor(sections):
    publish_article("Ny artikel", when=THURSDAY_8 - timedelta(days=2))

    assert planning.plan(now=THURSDAY_8 + timedelta(hours=3)) == []

    issue = Issue.objects.get()
    assert issue.status == Issue.Status.MISSED
    assert not Delivery.objects.exists()
    planning.plan(now=THURSDAY_8 + timedelta(hours=3, minutes=1))
    assert Issue.objects.get().status == Issue.Status.MISSED
