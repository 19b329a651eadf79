"""Sending under faults: a worker killed mid-send, a mail server refusing for a while, a
shared rate limit across workers, and the automatic pause on errors."""

import signal
import time
from collections import Counter
from datetime import timedelta

import pytest

from newsletter import sending
from newsletter.models import Delivery, Issue, IssueItem, SendSettings, Subscriber
from tests.newsletter.issue_support import active_subscriber, bulk_subscribers, publish_article
from tests.support import project_env, start_worker, wait_until, wait_until_idle

pytestmark = pytest.mark.django_db(transaction=True)


def new_issue():
    issue = Issue.objects.create(subject="Ugens nyhedsbrev")
    IssueItem.objects.create(issue=issue, page=publish_article("Ugens artikel"), sort_order=0)
    return issue


def send_rate(per_second, error_percent=10):
    config = SendSettings.load()
    config.rate_per_second = per_second
    config.error_pause_percent = error_percent
    config.save()


def settled(issue):
    return not Delivery.objects.filter(issue=issue, status__in=["pending", "sending"]).exists()


def copies(mailbox):
    return Counter(message["Message-ID"] for _, message in mailbox.messages)


@pytest.mark.slow
def test_a_worker_killed_mid_send_loses_no_one(
    sections, test_database_url, smtp_sink, mailbox, celery_worker, capsys
):
    bulk_subscribers(2000)
    send_rate(400)  # about 5 s for everyone: time to kill the worker in the middle
    env = project_env(test_database_url, smtp_sink.port)
    doomed = start_worker(env, name="doomed")
    issue = new_issue()
    sending.start(issue.pk)
    wait_until(lambda: len(mailbox.messages) >= 500, 30, "udsendelsen kom ikke i gang")
    doomed.stop(signal.SIGKILL)
    in_flight = Delivery.objects.filter(issue=issue, status="sending").count()

    # The live worker finishes what it can reach; then every row still being sent is the dead
    # worker's, and the beat watchdog (run here without its minutes of patience) puts those
    # back and queues the rest, the dead worker's unacknowledged chunks included; a new worker
    # finishes.
    wait_until_idle(celery_worker, timeout=60)
    sending.watch(stuck_after=timedelta(0), stalled_after=timedelta(0))
    revived = start_worker(env, name="revived")
    try:
        wait_until(lambda: settled(issue), 60, "ikke alle fik nyhedsbrevet")
    finally:
        revived.stop()
    wait_until(lambda: len(copies(mailbox)) == 2000, 10, "mails mangler i postkassen")

    received = copies(mailbox)
    duplicates = sum(count - 1 for count in received.values())
    with capsys.disabled():
        print(f"\nSIGKILL midt i udsendelsen: {in_flight} i gang, {duplicates} dubletter")
    assert len(received) == 2000
    assert Delivery.objects.filter(issue=issue, status="sent").count() == 2000
    assert duplicates <= sending.CHUNK_SIZE
    sending.watch()
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENT


def test_a_refusing_mail_server_gets_everything_once_it_accepts(sections, celery_worker, mailbox):
    for number in range(20):
        active_subscriber(f"vent-{number}@kommune.dk")
    mailbox.refuse_with = "421 Try again later"
    issue = new_issue()
    sending.start(issue.pk)
    wait_until(
        lambda: Delivery.objects.filter(issue=issue, status="pending", attempts=1).count() == 20,
        20,
        "mailserverens afvisninger blev ikke noteret",
    )
    assert mailbox.messages == []
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENDING

    mailbox.refuse_with = None
    # The backoff has passed (moved back here instead of waited for); beat's watchdog runs.
    Delivery.objects.update(next_attempt_at=None)
    Issue.objects.update(progress_at=None)
    sending.watch()
    wait_until(lambda: settled(issue), 30, "mails blev ikke sendt, da serveren tog imod igen")

    assert sorted(copies(mailbox).values()) == [1] * 20
    assert Delivery.objects.filter(issue=issue, status="sent").count() == 20
    sending.watch()
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENT


def test_the_rate_limit_holds_across_two_workers(
    sections, celery_worker, test_database_url, smtp_sink, mailbox, capsys
):
    bulk_subscribers(600)
    send_rate(100)
    second = start_worker(project_env(test_database_url, smtp_sink.port), name="second")
    try:
        issue = new_issue()
        started = time.monotonic()
        sending.start(issue.pk)
        wait_until(lambda: settled(issue), 60, "udsendelsen blev ikke færdig")
        elapsed = time.monotonic() - started
    finally:
        second.stop()
    with capsys.disabled():
        print(f"\n600 mails med grænsen 100/s over to workers: {elapsed:.1f} s")
    assert len(mailbox.messages) == 600
    # Counted per wall-clock second: 600 mails need six seconds' budgets, of which the
    # first and the last may be partly used, so at least four whole seconds.
    assert elapsed >= 4, f"{600 / elapsed:.0f} mails/s er over grænsen på 100/s"
    assert "newsletter.tasks.send_chunk" in second.log(), "den anden worker sendte intet"


def test_many_permanent_refusals_pause_the_issue(sections, celery_worker, mailbox):
    bulk_subscribers(300)
    send_rate(0, error_percent=10)
    mailbox.refuse_with = "550 No such user"
    issue = new_issue()
    sending.start(issue.pk)
    wait_until(
        lambda: Issue.objects.get(pk=issue.pk).status == Issue.Status.PAUSED,
        20,
        "udsendelsen gik ikke på pause",
    )
    wait_until_idle(celery_worker)  # the chunks already running finish
    failed = Delivery.objects.filter(issue=issue, status="failed").count()
    assert 0 < failed < 300
    assert Delivery.objects.filter(issue=issue, status="pending").count() >= 300 - 2 * 250
    assert Subscriber.objects.filter(status="bounced").count() == failed
    assert Issue.objects.get(pk=issue.pk).pause_reason
