"""Answering a survey: the answers so far travel between its pages signed in the form (and,
on a personal link, are kept as the invitation's draft, so a closed tab can be resumed);
the last page stores the answer at once, whole, and marks a personal link used in the same
transaction, which makes a second answer on it impossible, also from two posts at once."""

from django.core import signing
from django.db import transaction
from django.utils.datastructures import MultiValueDict

from surveys.models import Invitation, SurveyResponse

MAX_STATE = 48 * 1024


class AlreadyAnswered(Exception):
    pass


def _salt(survey):
    return f"surveys.answers.{survey.pk}"


def dump_state(survey, answers):
    return signing.dumps(answers, salt=_salt(survey), compress=True)


def load_state(survey, value):
    """The answers so far ({key: [raw values]}), or {} when missing, altered or too big."""
    if not value or len(value) > MAX_STATE:
        return {}
    try:
        answers = signing.loads(value, salt=_salt(survey))
    except signing.BadSignature:
        return {}
    if not isinstance(answers, dict):
        return {}
    return {
        str(key): [str(v) for v in values]
        for key, values in answers.items()
        if isinstance(values, list)
    }


def raw_values(data, names):
    """What was sent for these fields, as lists of strings (empty ones left out)."""
    return {name: values for name in names if (values := [v for v in data.getlist(name) if v])}


def as_form_data(answers):
    return MultiValueDict(answers)


def save_draft(invitation, answers):
    if invitation is not None:
        Invitation.objects.filter(pk=invitation.pk, used=False).update(draft=answers)


def store_answer(survey, answers, device, invitation=None):
    """Stores the answer; on a personal link only if the link is unused (AlreadyAnswered)."""
    with transaction.atomic():
        if invitation is not None:
            # The row lock makes a second, simultaneous post wait, then find the link used.
            claimed = Invitation.objects.filter(pk=invitation.pk, used=False).update(
                used=True, draft=None
            )
            if not claimed:
                raise AlreadyAnswered
        return SurveyResponse.objects.create(page=survey, form_data=answers, device=device)
