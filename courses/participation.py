"""Signing up and asking for a link: saved first, the mail queued once the row is committed.
Whether an address is known or not, the answer is the same (no enumeration)."""

from functools import partial

from django.db import IntegrityError, transaction

from courses.models import Participant
from courses.signin import participant_by_email
from courses.tasks import send_sign_in_link
from lederweb.queueing import enqueue


def _mail_link(participant, next_path):
    transaction.on_commit(partial(enqueue, send_sign_in_link, participant.pk, next_path))


def sign_up(data, next_path="", course=None):
    """A new participant, or for a known address only a fresh link (the name and organisation
    typed by whoever filled in the form change nothing)."""
    participant = participant_by_email(data["email"])
    if participant is None:
        try:
            with transaction.atomic():
                participant = Participant.objects.create(
                    name=data["name"],
                    email=data["email"],
                    organisation=data["organisation"],
                    first_course=course,
                )
        except IntegrityError:  # the same address signed up at the same moment
            participant = participant_by_email(data["email"])
    _mail_link(participant, next_path)
    return participant


def request_link(email, next_path=""):
    participant = participant_by_email(email)
    if participant is not None:
        _mail_link(participant, next_path)
    return participant


def export(participant):
    """Everything kept about the participant, exercise texts included (they are theirs)."""
    rows = participant.progress.select_related("lesson").order_by("lesson__path")
    return {
        "navn": participant.name,
        "e-mail": participant.email,
        "organisation": participant.organisation,
        "tilmeldt": participant.created_at.isoformat(),
        "sidst_aktiv": participant.last_active_at.isoformat(),
        "lektioner": [
            {
                "lektion": row.lesson.title,
                "set": row.seen_at.isoformat(),
                "refleksion": row.exercise_text,
                "quiz_procent_rigtige": row.quiz_score,
                "gennemført": row.completed_at.isoformat() if row.completed_at else None,
            }
            for row in rows
        ],
        "ledergrupper": [group.name for group in participant.leader_groups.all()],
    }


def delete(participant):
    """Everything goes: progress, answers, memberships (the rows cascade)."""
    participant.delete()
