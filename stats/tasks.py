from celery import shared_task

from stats.rollup import roll_up


@shared_task
def roll_up_reads():
    """Every 5 minutes (beat): the read counters from Redis into PostgreSQL, exactly once."""
    return roll_up()
