"""A survey's results from its running totals (surveys/tally.py), in a constant number of
queries however many answers there are: answers per group, counts per offered answer, how
many answered each question and the mean of numbers and scales, from the totals; the newest
free texts, from the answers through their (page, submit_time) index; and the response rate
of the invitations. Optionally split by a background question or the device class and
limited to answers given between two dates (whole days in the site's time zone, as the
totals are kept)."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection
from django.utils import timezone

from lederweb.charts import horizontal_bars
from surveys.devices import LABELS
from surveys.models import CHOICE_KINDS, SCALE_KINDS, Kind
from surveys.tally import refresh

DEVICE = "enhed"
TEXTS_SHOWN = 50
UNANSWERED = "Ikke besvaret"

# The totals split by %(split)s ("": not split) for the days asked: key "" holds the answers
# themselves, value "" who answered a key (and its numbers' sum and count). Every answer is in
# one group of a split (those who did not answer a split's question in the group ""), so the
# whole is the groups' sum and is not read again.
TALLIES = """
    SELECT group_value, key, value, sum(answers)::bigint, sum(numbers)::bigint, sum(total)
    FROM surveys_surveytally
    WHERE survey_id = %(survey)s AND split = %(split)s
        AND day >= %(first_day)s AND day <= %(last_day)s
    GROUP BY 1, 2, 3
    HAVING sum(answers) > 0
"""
# The newest free texts of each text key: per key, the index on (page, submit_time) read
# backwards until TEXTS_SHOWN are found.
TEXTS = """
    SELECT k.key, t.value
    FROM unnest(%(text_keys)s::text[]) WITH ORDINALITY k(key, n)
    CROSS JOIN LATERAL (
        SELECT r.form_data ->> k.key AS value, r.submit_time, r.id
        FROM surveys_surveyresponse r
        WHERE r.page_id = %(survey)s AND r.submit_time >= %(start)s AND r.submit_time < %(end)s
            AND r.form_data ? k.key
        ORDER BY r.submit_time DESC, r.id DESC
        LIMIT %(shown)s
    ) t
    ORDER BY k.n, t.submit_time DESC, t.id DESC
"""
INVITATIONS = """
    SELECT count(*), count(*) FILTER (WHERE used), count(*) FILTER (WHERE status = 'sent')
    FROM surveys_invitation WHERE survey_id = %(survey)s
"""


@dataclass
class ColumnResult:
    column: object
    groups: list
    answered: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)  # (option, group) -> count
    mean: dict = field(default_factory=dict)
    texts: list = field(default_factory=list)

    @property
    def kind(self):
        return self.column.kind

    @property
    def is_choice(self):
        return self.kind in CHOICE_KINDS

    @property
    def has_mean(self):
        return self.kind in SCALE_KINDS or self.kind == Kind.NUMBER

    def rows(self):
        """Per offered answer: [(option, [(count, percent) per group])]; percent of those in
        the group who answered the question (several choices may sum over 100)."""
        return [
            (
                option,
                [
                    (
                        self.counts.get((option, group), 0),
                        _percent(self.counts.get((option, group), 0), self.answered.get(group, 0)),
                    )
                    for group in self.groups
                ],
            )
            for option in self.column.question.options()
        ]

    def means(self):
        return [self.mean.get(group) for group in self.groups]

    def answered_counts(self):
        return [self.answered.get(group, 0) for group in self.groups]

    def chart(self):
        if not self.is_choice:
            return None
        options = self.column.question.options()
        return horizontal_bars(
            self.column.label,
            options,
            [self.counts.get((option, TOTAL), 0) for option in options],
            name="Antal svar",
            label_heading="Svar",
        )


TOTAL = "I alt"


@dataclass
class Results:
    survey: object
    groups: list
    totals: dict
    columns: list
    invited: int = 0
    used: int = 0
    sent: int = 0
    split: str = ""

    @property
    def total(self):
        return self.totals.get(TOTAL, 0)

    def group_totals(self):
        return [self.totals.get(group, 0) for group in self.groups]

    @property
    def response_rate(self):
        return _percent(self.used, self.invited) if self.invited else None


def _percent(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0


def split_choices(survey):
    """What results can be split by: [(key, label)]: the background and one-choice
    questions, and the device class."""
    choices = [
        (question.clean_name, question.text)
        for question in survey.questions()
        if question.field_type in (Kind.BACKGROUND, Kind.SINGLE)
    ]
    return [*choices, (DEVICE, "Enhed")]


def _group_labels(survey, split):
    if split == DEVICE:
        return list(LABELS)
    question = next((q for q in survey.questions() if q.clean_name == split), None)
    return question.options() if question else []


def date_bounds(start, end):
    """The dates `start` to `end` (both included; either may be None) as the moments the
    period starts and ends, in the site's time zone."""

    def moment(day):
        return timezone.make_aware(datetime.combine(day, time.min))

    return (
        moment(start) if start else datetime.min.replace(tzinfo=UTC),
        moment(end + timedelta(days=1)) if end else datetime.max.replace(tzinfo=UTC),
    )


def results(survey, start=None, end=None, split=""):
    """The results of `survey` for answers given from the date `start` to the date `end`
    (both included)."""
    # A survey saved live without being published (the shell, an import) has had no totals
    # kept for its questions: they are made now, from its answers (surveys/tally.py).
    refresh(survey)
    columns = survey.columns()
    if split and split not in dict(split_choices(survey)):
        split = ""
    first, after = date_bounds(start, end)
    params = {
        "survey": survey.pk,
        "split": split,
        "first_day": start or date.min,
        "last_day": end or date.max,
        "start": first,
        "end": after,
        "text_keys": [c.key for c in columns if c.kind in (Kind.TEXT, Kind.LONGTEXT)],
        "shown": TEXTS_SHOWN,
    }
    with connection.cursor() as cursor:
        cursor.execute(INVITATIONS, params)
        invited, used, sent = cursor.fetchone()
        cursor.execute(TALLIES, params)
        tally_rows = cursor.fetchall()
        cursor.execute(TEXTS, params)
        text_rows = cursor.fetchall()

    labels = {DEVICE: LABELS}.get(split, {})
    name = lambda value: labels.get(value, value) if value else UNANSWERED  # noqa: E731
    groups = [TOTAL]
    if split:
        found = {name(row[0]) for row in tally_rows if not row[1]}
        ordered = [labels.get(g, g) for g in _group_labels(survey, split)]
        groups += [g for g in ordered if g in found] + sorted(found - set(ordered))
    by_key = {c.key: ColumnResult(c, groups) for c in columns}
    groups_of = (lambda value: [TOTAL, name(value)]) if split else (lambda value: [TOTAL])
    totals = _fill(by_key, tally_rows, groups_of)
    for key, text in text_rows:
        by_key[key].texts.append(text)
    return Results(survey, groups, totals, list(by_key.values()), invited, used, sent, split=split)


def _fill(by_key, tally_rows, groups_of):
    """Puts the totals' rows into the ColumnResults of `by_key`, each in the whole and its
    group (`groups_of` its group value); the answers per group."""
    totals, sums = {}, {}
    for group_value, key, value, number, numbers, total in tally_rows:
        groups = groups_of(group_value)
        result = by_key.get(key)
        if not key:
            _add(totals, groups, number)
        elif result is None:
            continue
        elif value:
            if result.is_choice:
                _add(result.counts, [(value, group) for group in groups], number)
        else:
            _add(result.answered, groups, number)
            if result.has_mean:
                for group in groups:
                    sum_and_count = sums.setdefault((key, group), [0, 0])
                    sum_and_count[0] += total
                    sum_and_count[1] += numbers
    for (key, group), (total, numbers) in sums.items():
        if numbers:
            by_key[key].mean[group] = round(float(total / numbers), 2)
    return totals


def _add(target, keys, number):
    for key in keys:
        target[key] = target.get(key, 0) + number
