"""Running totals of a survey's answers (SurveyTally), so its results read a few thousand
totals instead of every answer.

Who keeps them: PostgreSQL. Triggers on surveys_surveyresponse (migration 0004) add an
inserted answer's totals and take a deleted one's away (an update does both) in the same
statement's transaction, one upsert (INSERT ... ON CONFLICT DO UPDATE, rows in key order, so
concurrent answers do not deadlock) per statement, whoever makes it: store_answer, the demo
content's and the bench's bulk inserts (one statement per batch), Wagtail's form-submissions
admin, `queryset.delete()` or raw SQL.

What is tallied is per answer key (TalliedKey, from the survey's published questions): every
key's answers are counted; the values given are counted for choices, scales, matrices and
background questions; numbers and scales are summed for the mean; one-choice and background
questions are splits, beside the device class. Each count is kept per day (site time zone),
per split and per the split's value.

The rule: when a survey is published and what is tallied changed (a question added, removed
or renamed, or its kind changed what is counted, summed or split by: e.g. a question became
one-choice or background, so it is a new split), `rebuild` replaces its TalliedKeys and
recomputes its totals from its answers in one statement. New options, labels or help texts
change nothing that is tallied (every value given is counted) and need no rebuild."""

from django.db import connection, transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from surveys.models import CHOICE_KINDS, SCALE_KINDS, Kind, SurveyPage, SurveyTally, TalliedKey

SPLIT_KINDS = {Kind.SINGLE, Kind.BACKGROUND}
TALLY = """
    SELECT surveys_tally_add(
        ARRAY(SELECT r FROM surveys_surveyresponse r WHERE r.page_id = %s ORDER BY r.id)
    )
"""


def tallied_keys(survey):
    """What is tallied of the survey's answers, as TalliedKeys (unsaved), in question order."""
    return [
        TalliedKey(
            survey=survey,
            key=column.key,
            counted=column.kind in CHOICE_KINDS,
            summed=column.kind in SCALE_KINDS or column.kind == Kind.NUMBER,
            split=column.kind in SPLIT_KINDS,
        )
        for column in survey.columns()
    ]


def _as_set(keys):
    return {(k.key, k.counted, k.summed, k.split) for k in keys}


def rebuild(survey):
    """Recomputes the survey's totals from its answers, for its questions as they are now.
    Answers wait meanwhile (the table lock), so none is counted twice or missed."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("LOCK TABLE surveys_surveyresponse IN SHARE ROW EXCLUSIVE MODE")
        TalliedKey.objects.filter(survey=survey).delete()
        TalliedKey.objects.bulk_create(tallied_keys(survey))
        SurveyTally.objects.filter(survey=survey).delete()
        cursor.execute(TALLY, [survey.pk])


def refresh(survey):
    """Rebuilds the survey's totals if what is tallied changed; True if it did."""
    if _as_set(tallied_keys(survey)) == _as_set(TalliedKey.objects.filter(survey=survey)):
        return False
    rebuild(survey)
    return True


@receiver(page_published, sender=SurveyPage)
def _published(sender, instance, **kwargs):
    refresh(SurveyPage.objects.get(pk=instance.pk))
