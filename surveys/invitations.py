"""Personal invitations: a row per (survey, address), made in one statement and never twice;
sent by the Celery workers in batches, each row claimed (FOR UPDATE SKIP LOCKED, marked
`sending` and committed) before its mail goes, so no address gets an invitation twice; one
reminder, to those who have not answered, in the same way on its own column. A beat sweep
queues again what the broker lost, and sends once more what a dead worker left `sending`."""

import logging
import re
from datetime import timedelta
from smtplib import SMTPException

from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.core.validators import validate_email
from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from lederweb.mail import templated_mail
from lederweb.queueing import enqueue
from newsletter.models import Subscriber
from surveys.models import Invitation, SurveyPage

logger = logging.getLogger(__name__)

BATCH_SIZE = 100
STATUS, REMINDER = "status", "reminder"
# A row still `sending` this long after its claim belongs to a worker that died.
STUCK_AFTER = timedelta(minutes=5)
# Rows pending and nothing of the survey claimed for this long: the queued task was lost.
STALLED_AFTER = timedelta(minutes=1)
# The mark of a row put back once after a dead worker; the second time it fails instead.
PUT_BACK = {
    STATUS: "Sendes igen: en worker stoppede under afsendelsen (invitation).",
    REMINDER: "Sendes igen: en worker stoppede under afsendelsen (påmindelse).",
}

CLAIM = """
    UPDATE surveys_invitation SET {column} = 'sending', claimed_at = now()
    WHERE id IN (
        SELECT id FROM surveys_invitation
        WHERE survey_id = %(survey)s AND {column} = 'pending' {unused}
        ORDER BY id LIMIT %(size)s FOR UPDATE SKIP LOCKED
    )
    RETURNING id, email, token
"""


def parse_addresses(text):
    """The addresses in a pasted list (commas, semicolons, spaces or lines between them),
    lower-cased, each once; and the pieces that are not addresses."""
    good, bad = [], []
    for piece in re.split(r"[\s,;]+", text or ""):
        piece = piece.strip().strip("<>").lower()
        if not piece:
            continue
        try:
            validate_email(piece)
        except ValidationError:
            bad.append(piece)
        else:
            if piece not in good:
                good.append(piece)
    return good, bad


def subscriber_addresses(section=None):
    """The active newsletter subscribers' addresses, all or those of one Væksthus."""
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.ACTIVE, email__isnull=False)
    if section is not None:
        subscribers = subscribers.filter(sections=section)
    return list(subscribers.values_list("email", flat=True).distinct())


def invite(survey, addresses):
    """Makes the invitations not already made and has them sent; the number made."""
    with transaction.atomic():
        before = Invitation.objects.filter(survey=survey).count()
        Invitation.objects.bulk_create(
            [Invitation(survey=survey, email=address.lower()) for address in addresses],
            ignore_conflicts=True,
            batch_size=1000,
        )
        made = Invitation.objects.filter(survey=survey).count() - before
        transaction.on_commit(lambda: _queue(survey.pk, STATUS))
    return made


def remind(survey):
    """Marks one reminder for each invited who has not answered; the number."""
    with transaction.atomic():
        marked = Invitation.objects.filter(
            survey=survey, status=Invitation.Status.SENT, used=False, reminder=""
        ).update(reminder=Invitation.Status.PENDING)
        transaction.on_commit(lambda: _queue(survey.pk, REMINDER))
    return marked


def _queue(survey_id, column):
    from surveys.tasks import send_invitations  # exception E2

    enqueue(send_invitations, survey_id, column)


def send_batch(survey_id, column=STATUS):
    """Sends one batch of invitations (or reminders); queues the next batch if rows wait.
    The number sent."""
    if column not in (STATUS, REMINDER):
        raise ValueError(column)
    survey = SurveyPage.objects.filter(pk=survey_id).first()
    if survey is None:
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            CLAIM.format(column=column, unused="AND NOT used" if column == REMINDER else ""),
            {"survey": survey_id, "size": BATCH_SIZE},
        )
        claimed = cursor.fetchall()
    sent, failed = [], []
    with get_connection() as mail:
        for pk, email, token in claimed:
            try:
                _message(survey, email, token, column == REMINDER, mail).send()
            except (SMTPException, OSError) as error:
                logger.warning("Invitation %s kunne ikke sendes: %s", pk, error)
                failed.append(pk)
            else:
                sent.append(pk)
    Invitation.objects.filter(pk__in=sent).update(**{column: Invitation.Status.SENT})
    Invitation.objects.filter(pk__in=failed).update(**{column: Invitation.Status.FAILED})
    if len(claimed) == BATCH_SIZE:
        _queue(survey_id, column)
    return len(sent)


def sweep(stuck_after=STUCK_AFTER, stalled_after=STALLED_AFTER):
    """Beat: rows a dead worker left `sending` are pending again, once (the mail may have
    gone before the worker died: a second death fails the row rather than risk more); and
    each survey whose pending rows nobody has claimed for a while is queued again (claiming
    makes a second queued batch harmless). Returns the (survey, column) pairs queued."""
    now = timezone.now()
    for column in (STATUS, REMINDER):
        stuck = Invitation.objects.filter(
            **{column: Invitation.Status.SENDING}, claimed_at__lt=now - stuck_after
        )
        stuck.filter(error=PUT_BACK[column]).update(**{column: Invitation.Status.FAILED})
        stuck.update(**{column: Invitation.Status.PENDING}, error=PUT_BACK[column])
    recent = Invitation.objects.filter(
        survey=OuterRef("survey"), claimed_at__gte=now - stalled_after
    )
    queued = []
    for column in (STATUS, REMINDER):
        waiting = (
            Invitation.objects.filter(**{column: Invitation.Status.PENDING})
            .filter(created_at__lt=now - stalled_after)
            .exclude(Exists(recent))
        )
        if column == REMINDER:
            waiting = waiting.filter(used=False)
        for survey_id in waiting.values_list("survey", flat=True).distinct():
            _queue(survey_id, column)
            queued.append((survey_id, column))
    return queued


def _message(survey, email, token, reminder, mail):
    subject = ("Påmindelse: " if reminder else "Invitation: ") + survey.title
    context = {"survey": survey, "url": survey.personal_url(token), "reminder": reminder}
    return templated_mail(
        "email/survey_invitation", context, subject=subject, to=[email], connection=mail
    )


def progress(survey):
    """Counts of the survey's invitations: made, sent, failed, reminded, answered."""
    return Invitation.objects.filter(survey=survey).aggregate(
        made=Count("pk"),
        sent=Count("pk", filter=Q(status=Invitation.Status.SENT)),
        failed=Count("pk", filter=Q(status=Invitation.Status.FAILED)),
        reminded=Count("pk", filter=Q(reminder=Invitation.Status.SENT)),
        answered=Count("pk", filter=Q(used=True)),
    )
