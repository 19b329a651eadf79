"""The traffic roll-up (stats/traffic_rollup.py) on a real Celery worker: every page view lands
in the daily rows exactly once, also when a worker is killed half-way."""

import signal

import psycopg
import pytest
from django.utils import timezone

from stats import figures, traffic_rollup
from stats.counting import key, redis
from stats.models import DailyTraffic
from stats.tasks import roll_up_traffic
from tests.projects.factories import make_article
from tests.stats.conftest import conninfo, roll_up_on_the_worker, writer_waits
from tests.support import project_env, start_worker, wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


def page_views():
    day = timezone.localdate()
    return figures.totals(day, day).page_views


@pytest.fixture
def article(home):
    return make_article("Ledelse af frivillige")


def test_a_batch_claimed_or_written_by_a_worker_that_died_counts_once(read, article, celery_worker):
    read(article)
    read(article.get_parent())
    # A worker claims the counters and dies before it writes anything; readers go on.
    traffic_rollup.claim_fields(redis(), traffic_rollup.PENDING, traffic_rollup.BATCH)
    read(article)
    assert roll_up_on_the_worker("traffic") == 2, "the orphaned batch first"
    assert roll_up_on_the_worker("traffic") == 1, "then what came meanwhile"
    # A worker writes a batch and dies before it deletes it from Redis.
    read(article)
    batch = traffic_rollup.claim_fields(redis(), traffic_rollup.PENDING, traffic_rollup.BATCH)
    traffic_rollup.apply(batch)
    assert page_views() == 4
    assert roll_up_on_the_worker("traffic") == 0
    assert page_views() == 4
    assert not redis().exists(key(traffic_rollup.BATCH))


def test_a_worker_killed_in_the_middle_of_writing_loses_nothing(
    read, article, test_database_url, smtp_sink, celery_worker
):
    """A real SIGKILL: a worker of its own is held mid-transaction by a table lock, killed
    there, and the next roll-up runs on the session's worker."""
    for _ in range(4):
        read(article)
    read(article.get_parent())
    env = project_env(test_database_url, smtp_sink.port)
    doomed = start_worker(env, name="doomed-traffic", concurrency=1, queues=["doomed-traffic"])
    try:
        with psycopg.connect(conninfo(test_database_url)) as lock:
            lock.execute(f'LOCK TABLE "{DailyTraffic._meta.db_table}" IN EXCLUSIVE MODE')
            roll_up_traffic.apply_async(queue="doomed-traffic")
            wait_until(
                lambda: writer_waits("stats_dailytraffic"),
                30,
                f"roll-up'en ventede ikke på låsen:\n{doomed.log()}",
            )
            assert redis().exists(key(traffic_rollup.BATCH)), "the batch was claimed"
            doomed.stop(signal.SIGKILL)
    finally:
        doomed.stop(signal.SIGKILL)
    wait_until(
        lambda: not writer_waits("stats_dailytraffic"), 30, "den døde workers forbindelse hang"
    )
    assert page_views() == 0, "the dead worker's transaction never committed"

    read(article)
    assert roll_up_on_the_worker("traffic") == 5, "the orphaned batch, once"
    assert page_views() == 5
    assert roll_up_on_the_worker("traffic") == 1, "then the view that came meanwhile"
    assert page_views() == 6
