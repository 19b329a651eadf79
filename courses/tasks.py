"""The course's mails and beat's deletion of inactive participants: thin entry points over
courses/signin.py and courses/retention.py."""

from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from courses import retention
from courses.models import GroupInvitation, Participant
from courses.signin import make_link_token
from lederweb.mail import templated_mail
from lederweb.seo import absolute_url

MAIL_RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": True,
    "retry_kwargs": {"max_retries": 8},
}


def sign_in_url(participant, next_path=""):
    token = make_link_token(participant, next_path)
    return absolute_url(reverse("courses:sign_in", args=[token]))


@shared_task(**MAIL_RETRY)
def send_sign_in_link(participant_id, next_path=""):
    """A fresh link, made when the mail is sent (the link expires from then)."""
    participant = Participant.objects.filter(pk=participant_id).first()
    if participant is None:
        return False
    context = {
        "participant": participant,
        "url": sign_in_url(participant, next_path),
        "minutes": settings.COURSES_SIGN_IN_LINK_MINUTES,
    }
    templated_mail(
        "email/course_sign_in",
        context,
        subject="Dit link til e-kurset på Lederweb",
        to=[participant.email],
    ).send()
    return True


@shared_task(**MAIL_RETRY)
def send_group_invitation(invitation_id):
    """Once per invitation: the row is locked and marked as mailed in the same transaction."""
    with transaction.atomic():
        invitation = (
            GroupInvitation.objects.select_for_update(of=("self",))
            .select_related("group", "invited_by")
            .filter(pk=invitation_id, mailed_at__isnull=True)
            .first()
        )
        if invitation is None:
            return False
        course = invitation.group.course
        context = {
            "invitation": invitation,
            "course": course,
            "url": absolute_url(course) + "#tilmeld",
        }
        templated_mail(
            "email/course_group_invitation",
            context,
            subject=f"Invitation til ledergruppen »{invitation.group.name}«",
            to=[invitation.email],
        ).send()
        invitation.mailed_at = timezone.now()
        invitation.save(update_fields=["mailed_at"])
    return True


@shared_task(**MAIL_RETRY)
def send_deletion_warning(participant_id):
    """Once: the row is locked, mailed and marked in one transaction."""
    with transaction.atomic():
        participant = retention.unwarned_for_update(participant_id)
        if participant is None:
            return False
        context = {
            "participant": participant,
            "url": sign_in_url(participant),
            "days": settings.COURSES_DELETION_WARNING_DAYS,
        }
        templated_mail(
            "email/course_deletion_warning",
            context,
            subject="Dine data i Lederwebs e-kurser bliver slettet",
            to=[participant.email],
        ).send()
        retention.mark_warned(participant)
    return True


@shared_task
def delete_inactive_participants():
    """Beat, daily: warn those inactive for almost COURSES_INACTIVE_MONTHS, delete those
    warned long enough ago and still inactive."""
    for participant_id in retention.due_for_warning():
        send_deletion_warning.delay(participant_id)
    return retention.delete_expired()
