"""Celery entry points for the participants' mails and the held places; the work is done by
the services (events/mails.py, events/registration.py)."""

from smtplib import SMTPException

from celery import shared_task

from events import mails
from events import registration as registrations

RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": True,
    "retry_kwargs": {"max_retries": 8},
}


@shared_task(**RETRY)
def send_registration_confirmation(registration_id):
    """Tells the participant about a place or the waiting list, once per status."""
    mails.send_status_mail(registration_id)


@shared_task
def requeue_unsent_confirmations():
    """Queue again the mails the broker never got (run by Celery beat); sending is once per
    status, so one queued twice still goes out once."""
    unsent = mails.unsent_status_mails()
    for registration_id in unsent:
        send_registration_confirmation.delay(registration_id)
    return len(unsent)


@shared_task(**RETRY)
def send_duplicate_notice(registration_id):
    """Someone signed this address up again: its owner hears of it, once an interval."""
    return mails.send_duplicate_notice(registration_id)


@shared_task
def release_unconfirmed():
    """Run by beat every minute: places held for addresses never confirmed go free."""
    return registrations.release_unconfirmed()
