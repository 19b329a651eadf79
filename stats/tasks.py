from celery import shared_task

from stats import traffic_rollup
from stats.rollup import roll_up


@shared_task
def roll_up_reads():
    """Every 5 minutes (beat): the read counters from Redis into PostgreSQL, exactly once."""
    return roll_up()


@shared_task
def roll_up_traffic():
    """Every 5 minutes (beat): the traffic counters from Redis into the daily rows, exactly
    once."""
    return traffic_rollup.roll_up_traffic()
