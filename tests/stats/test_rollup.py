"""The roll-up from Redis into PostgreSQL (stats/rollup.py) by a real Celery worker: every
read lands exactly once, also when a worker dies half-way."""

import signal

import psycopg
import pytest
from django.utils import timezone

from stats import rollup
from stats.counting import key, redis
from stats.models import DailyReads
from stats.tasks import roll_up_reads
from tests.projects.factories import make_article
from tests.stats.conftest import conninfo, roll_up_on_the_worker, writer_waits
from tests.support import project_env, start_worker, wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def stored_reads(page):
    return sum(DailyReads.objects.filter(page=page).values_list("reads", flat=True))


@pytest.fixture
def articles(home):
    return [make_article("Ledelse af frivillige"), make_article("Træn din innovationsmuskel")]


def test_the_worker_moves_the_reads_into_daily_rows_and_onto_the_page(
    read, articles, celery_worker
):
    first, second = articles
    for _ in range(3):
        read(first)
    read(second)
    assert roll_up_on_the_worker() == 4
    today = timezone.localdate()
    assert list(DailyReads.objects.order_by("page_id").values_list("page_id", "day", "reads")) == [
        (first.pk, today, 3),
        (second.pk, today, 1),
    ]
    assert not redis().exists(key("reads:pending")), "the counters are gone from Redis"
    html = read(first).content.decode()
    assert "Læst 3 gange i alt" in html
    # The first article's own page leaves it out of "Mest læste"; the second's shows it on top.
    most_read = read(second).content.decode().split('id="most-read-heading"')[1]
    assert first.title in most_read.split("</li>")[0]
    # Nothing new: nothing moves, and running it again does no harm.
    redis().delete(key("reads:pending"))
    assert roll_up_on_the_worker() == 0
    assert stored_reads(first) == 3


def test_reads_add_up_over_several_roll_ups(read, articles, celery_worker):
    first, _ = articles
    read(first)
    roll_up_on_the_worker()
    read(first)
    read(first)
    roll_up_on_the_worker()
    assert DailyReads.objects.get(page=first).reads == 3
    assert "Læst 3 gange" in read(first).content.decode()


def test_a_batch_claimed_by_a_worker_that_died_is_applied_once(read, articles, celery_worker):
    first, second = articles
    read(first)
    read(second)
    # A worker claims the counters and dies before it writes anything ...
    rollup.claim(redis())
    # ... while readers go on reading.
    read(first)
    # The next roll-up applies the orphaned batch, the one after it the new reads.
    roll_up_on_the_worker()
    assert (stored_reads(first), stored_reads(second)) == (1, 1)
    roll_up_on_the_worker()
    assert (stored_reads(first), stored_reads(second)) == (2, 1)


def test_a_batch_written_by_a_worker_that_died_is_not_added_twice(read, articles, celery_worker):
    first, _ = articles
    read(first)
    read(first)
    # A worker commits the batch and dies before it deletes it from Redis.
    rollup.apply(rollup.claim(redis()))
    assert stored_reads(first) == 2
    roll_up_on_the_worker()
    assert stored_reads(first) == 2
    assert not redis().exists(key("reads:batch"))


def test_a_worker_killed_in_the_middle_of_writing_loses_nothing(
    read, articles, test_database_url, smtp_sink, celery_worker
):
    """A real SIGKILL: a worker of its own (on a queue of its own) is held mid-transaction by
    a table lock, killed there, and the next roll-up runs on the session's worker."""
    first, second = articles
    for _ in range(5):
        read(first)
    read(second)
    env = project_env(test_database_url, smtp_sink.port)
    doomed = start_worker(env, name="doomed", concurrency=1, queues=["doomed"])
    try:
        with psycopg.connect(conninfo(test_database_url)) as lock:
            lock.execute(f'LOCK TABLE "{DailyReads._meta.db_table}" IN EXCLUSIVE MODE')
            roll_up_reads.apply_async(queue="doomed")
            wait_until(
                lambda: writer_waits("stats_dailyreads"),
                30,
                f"roll-up'en ventede ikke på låsen:\n{doomed.log()}",
            )
            assert redis().exists(key("reads:batch")), "the batch was claimed"
            doomed.stop(signal.SIGKILL)
    finally:
        doomed.stop(signal.SIGKILL)
    # The lock is gone; the dead worker's transaction never committed.
    wait_until(
        lambda: not writer_waits("stats_dailyreads"), 30, "den døde workers forbindelse hang"
    )
    assert stored_reads(first) == stored_reads(second) == 0

    read(first)
    assert roll_up_on_the_worker() == 6, "the orphaned batch, once"
    assert (stored_reads(first), stored_reads(second)) == (5, 1)
    assert roll_up_on_the_worker() == 1, "then the read that came meanwhile"
    assert (stored_reads(first), stored_reads(second)) == (6, 1)
