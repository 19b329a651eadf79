from celery import shared_task
from django.core.management import call_command
from django.db import connection, transaction

# Any fixed number, the same in every process: PostgreSQL's advisory lock for the task below.
PUBLISH_SCHEDULED_LOCK = 0x1ED3_0001


@shared_task(ignore_result=True)
def publish_scheduled():
    """Every minute (beat): Wagtail's `publish_scheduled`, which publishes the revisions whose
    go-live time has come and unpublishes what has expired (pages and snippets alike). One run
    at a time across all workers; a run that finds another under way does nothing."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [PUBLISH_SCHEDULED_LOCK])
        if not cursor.fetchone()[0]:
            return
        call_command("publish_scheduled")
