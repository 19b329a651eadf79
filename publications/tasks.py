"""Celery entry points for the order mails and the held copies; the work is done by the
services (publications/order_mails.py, publications/ordering.py)."""

from smtplib import SMTPException

from celery import shared_task

from publications import order_mails

RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 10,
}


@shared_task(**RETRY)
def send_address_confirmation(order_id):
    """The first mail of an order from the form: the link that confirms the address."""
    return order_mails.send_address_confirmation(order_id)


@shared_task(**RETRY)
def send_order_confirmation(order_id):
    """The order confirmation (number, delivery time, PDF); only once the address is."""
    return order_mails.send_order_confirmation(order_id)


@shared_task(**RETRY)
def send_shipped_notice(order_id):
    """Tell the orderer the copies are on their way; only for an order marked shipped."""
    return order_mails.send_shipped_notice(order_id)


@shared_task
def requeue_unsent_confirmations():
    """Queue again the mails the broker never got (run by Celery beat); sending is
    idempotent, so one queued twice still goes out once."""
    tasks = {
        "address": send_address_confirmation,
        "confirmation": send_order_confirmation,
        "shipped": send_shipped_notice,
    }
    due = order_mails.unsent()
    for kind, order_id in due:
        tasks[kind].delay(order_id)
    return len(due)


@shared_task
def release_unconfirmed():
    """Run by beat every minute: orders whose address nobody confirmed in time are deleted."""
    from publications.ordering import release_unconfirmed  # exception E2

    return release_unconfirmed()
