from celery import shared_task

from surveys import invitations


@shared_task
def send_invitations(survey_id, column="status"):
    """One batch of a survey's invitations ("status") or reminders ("reminder")."""
    return invitations.send_batch(survey_id, column)


@shared_task
def sweep_invitations():
    """Every minute (beat): queue again what the broker lost, send once more what a dead
    worker left half done."""
    return invitations.sweep()
