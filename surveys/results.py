"""A survey's results, aggregated in PostgreSQL in a constant number of queries however many
answers there are: answers per group, counts per offered answer, how many answered each
question and the mean of numbers and scales, the newest free texts, and the response rate
of the invitations. Optionally split by a background question or the device class and
limited to answers given between two dates."""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from lederweb.charts import horizontal_bars
from surveys.devices import LABELS
from surveys.models import CHOICE_KINDS, SCALE_KINDS, Kind

DEVICE = "enhed"
TEXTS_SHOWN = 50
UNANSWERED = "Ikke besvaret"

# The answers of one survey, one row per (answer, key); COUNTS unnests a list of choices.
FROM_ANSWERS = """
    FROM surveys_surveyresponse r
    CROSS JOIN LATERAL jsonb_each(r.form_data) kv
"""
OF_SURVEY = """
    WHERE r.page_id = %(survey)s AND r.submit_time >= %(start)s AND r.submit_time < %(end)s
"""
# Made of constants only; {group} is one of _group_sql's constants, values go as parameters.
TOTALS = "SELECT {group}, count(*) FROM surveys_surveyresponse r" + OF_SURVEY + " GROUP BY 1"  # noqa: S608
COUNTS = (
    "SELECT kv.key, v.value, {group}, count(*)"
    + FROM_ANSWERS
    + """CROSS JOIN LATERAL jsonb_array_elements_text(
        CASE jsonb_typeof(kv.value) WHEN 'array' THEN kv.value ELSE jsonb_build_array(kv.value) END
    ) v(value)"""
    + OF_SURVEY
    + " AND kv.key = ANY(%(choice_keys)s) GROUP BY 1, 2, 3"
)
ANSWERED = (
    """SELECT kv.key, {group}, count(*),
        avg((kv.value #>> '{{}}')::numeric) FILTER (WHERE kv.key = ANY(%(numeric_keys)s))"""
    + FROM_ANSWERS
    + OF_SURVEY
    + " GROUP BY 1, 2"
)
TEXTS = """
    SELECT key, value FROM (
        SELECT kv.key, kv.value #>> '{}' AS value,
            row_number() OVER (PARTITION BY kv.key ORDER BY r.submit_time DESC, r.id DESC) AS n
        FROM surveys_surveyresponse r CROSS JOIN LATERAL jsonb_each(r.form_data) kv
        WHERE r.page_id = %(survey)s AND r.submit_time >= %(start)s AND r.submit_time < %(end)s
            AND kv.key = ANY(%(text_keys)s)
    ) t
    WHERE n <= %(shown)s ORDER BY key, n
"""
# How many answers there are and the newest one's id, which change when an answer is stored or
# deleted (answers are never edited, ids only grow), and the invitations' response rate.
STATE = """
    SELECT (SELECT count(*) FROM surveys_surveyresponse WHERE page_id = %(survey)s),
        (SELECT max(id) FROM surveys_surveyresponse WHERE page_id = %(survey)s),
        count(*), count(*) FILTER (WHERE used), count(*) FILTER (WHERE status = 'sent')
    FROM surveys_invitation WHERE survey_id = %(survey)s
"""
CACHE_SECONDS = 24 * 3600


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


def _group_sql(survey, split):
    if split == DEVICE:
        return "r.device", {}
    if split and split in dict(split_choices(survey)):
        return "r.form_data ->> %(split)s", {"split": split}
    return "NULL", {}


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
    columns = survey.columns()
    group, extra = _group_sql(survey, split)
    params = {
        "survey": survey.pk,
        "start": date_bounds(start, end)[0],
        "end": date_bounds(start, end)[1],
        "choice_keys": [c.key for c in columns if c.kind in CHOICE_KINDS],
        "numeric_keys": [c.key for c in columns if c.kind in SCALE_KINDS or c.kind == Kind.NUMBER],
        "text_keys": [c.key for c in columns if c.kind in (Kind.TEXT, Kind.LONGTEXT)],
        "shown": TEXTS_SHOWN,
        **extra,
    }
    with connection.cursor() as cursor:
        cursor.execute(STATE, params)
        answers, newest, invited, used, sent = cursor.fetchone()
    rows = _aggregates(group, params, (answers, newest))
    totals_rows, count_rows, answered_rows, text_rows = rows

    labels = {DEVICE: LABELS}.get(split, {})
    name = lambda value: labels.get(value, value) if value is not None else UNANSWERED  # noqa: E731
    groups = [TOTAL]
    if split:
        found = {name(row[0]) for row in totals_rows}
        ordered = [labels.get(g, g) for g in _group_labels(survey, split)]
        groups += [g for g in ordered if g in found] + sorted(found - set(ordered))
    by_key = {c.key: ColumnResult(c, groups) for c in columns}
    totals = {}
    for value, number in totals_rows:
        _add(totals, [TOTAL, name(value)] if split else [TOTAL], number)
    for key, option, value, number in count_rows:
        if key in by_key:
            for g in [TOTAL, name(value)] if split else [TOTAL]:
                by_key[key].counts[(option, g)] = by_key[key].counts.get((option, g), 0) + number
    answered_totals = {}
    for key, value, number, mean in answered_rows:
        if key in by_key:
            result = by_key[key]
            _add(result.answered, [TOTAL, name(value)] if split else [TOTAL], number)
            if mean is not None:
                result.mean[name(value) if split else TOTAL] = round(float(mean), 2)
                sums = answered_totals.setdefault(key, [0.0, 0])
                sums[0] += float(mean) * number
                sums[1] += number
    for key, (weighted, number) in answered_totals.items():
        by_key[key].mean[TOTAL] = round(weighted / number, 2) if number else None
    for key, text in text_rows:
        by_key[key].texts.append(text)
    return Results(survey, groups, totals, list(by_key.values()), invited, used, sent, split=split)


def _aggregates(group, params, version):
    """The rows of the four aggregating queries; from the cache while no answer to the survey
    has been stored or deleted (`version`, from STATE) since they were made for these
    questions and this filter: STATE reads an index, where the aggregates read every answer."""
    what = repr((version, group, sorted(params.items())))
    key = f"surveys:results:{params['survey']}:{hashlib.sha256(what.encode()).hexdigest()}"
    found = cache.get(key)
    if found is not None:
        return found
    rows = []
    with connection.cursor() as cursor:
        for query in (TOTALS, COUNTS, ANSWERED):
            cursor.execute(query.format(group=group), params)
            rows.append(cursor.fetchall())
        cursor.execute(TEXTS, params)
        rows.append(cursor.fetchall())
    cache.set(key, rows, CACHE_SECONDS)
    return rows


def _add(target, groups, number):
    for group in groups:
        target[group] = target.get(group, 0) + number
