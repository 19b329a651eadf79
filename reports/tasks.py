from celery import shared_task

from reports.summary import send_weekly_summary


@shared_task
def send_weekly_statistics():
    """Beat calls it every hour: last week's summary goes out once, on Monday's first run
    (or the first run after an outage)."""
    row = send_weekly_summary()
    return row.week_start.isoformat() if row else None
