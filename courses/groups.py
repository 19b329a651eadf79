"""Leader groups: a participant starts one for a course, invites colleagues by e-mail, and the
members see which lessons each of them finished, never what anyone wrote."""

from functools import partial

from django.db import transaction
from django.utils import timezone

from courses.models import GroupInvitation, LeaderGroup, LessonProgress
from courses.tasks import send_group_invitation
from lederweb.queueing import enqueue


def create(course, participant, name):
    with transaction.atomic():
        group = LeaderGroup.objects.create(course=course, name=name, created_by=participant)
        group.members.add(participant)
    return group


def invite(group, participant, emails):
    """Saves an invitation per address not yet a member or invited, and queues its mail."""
    members = {email.lower() for email in group.members.values_list("email", flat=True)}
    invited = {email.lower() for email in group.invitations.values_list("email", flat=True)}
    new = [e for e in emails if e.lower() not in members | invited]
    with transaction.atomic():
        invitations = GroupInvitation.objects.bulk_create(
            GroupInvitation(group=group, email=email, invited_by=participant) for email in new
        )
        for invitation in invitations:
            transaction.on_commit(partial(enqueue, send_group_invitation, invitation.pk))
    return invitations


def open_invitations(participant, course=None):
    invitations = GroupInvitation.objects.filter(
        email__iexact=participant.email, accepted_at__isnull=True
    ).exclude(group__members=participant)
    if course is not None:
        invitations = invitations.filter(group__course=course)
    return invitations.select_related("group")


def join(group, participant):
    """Only with an invitation to the participant's own address."""
    invitation = open_invitations(participant).filter(group=group).first()
    if invitation is None:
        return False
    with transaction.atomic():
        group.members.add(participant)
        GroupInvitation.objects.filter(group=group, email__iexact=participant.email).update(
            accepted_at=timezone.now()
        )
    return True


def overview(group):
    """Rows of (member, [done or not per lesson]) and the lessons: the lesson ids each member
    completed, read without the exercise texts."""
    lessons = list(group.course.specific.lessons())
    members = list(group.members.order_by("name"))
    done = set(
        LessonProgress.objects.filter(
            participant__in=members, lesson__in=lessons, completed_at__isnull=False
        ).values_list("participant_id", "lesson_id")
    )
    rows = [(member, [(member.pk, lesson.pk) in done for lesson in lessons]) for member in members]
    return lessons, rows
