from smtplib import SMTPException

from celery import shared_task

from newsletter import mails, outbox, planning, retention, sending


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=8,
)
def send_confirmation(request_id):
    """Sends the mail of one confirmation request (its id), at most once."""
    return mails.send_request_mail(request_id)


@shared_task
def requeue_unsent_confirmations():
    """Every minute (beat): queue again what the broker missed or lost."""
    return outbox.requeue_stale()


@shared_task
def purge_expired_records():
    """Daily (beat): delete expired withdrawal records and abandoned sign-ups."""
    return retention.purge_expired()


@shared_task
def plan_issues():
    """Every minute (beat): compose the weekly issue at its time, start scheduled issues."""
    return planning.plan()


@shared_task
def send_chunk(issue_id):
    """One chunk of an issue's deliveries (claims its own rows; carries only the issue id)."""
    return sending.send_chunk(issue_id)


@shared_task
def watch_sending():
    """Every 30 s (beat): reset rows a dead worker left, re-queue stalled sends, close done."""
    return sending.watch()


@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=8)
def notify_editors(issue_id):
    """Mails the editors that the issue composed ahead awaits them (once)."""
    return planning.notify_editors(issue_id)
