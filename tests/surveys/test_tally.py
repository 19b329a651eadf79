"""The results read from the running totals equal the results counted from the answers
themselves, for random answers of every kind over several days (some near midnight), split
every way and filtered by date, also after answers are deleted (through the ORM and through
Wagtail's form-submissions admin), changed, and after the questions change."""

import random
import threading
from collections import Counter, defaultdict
from datetime import date, datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from surveys.answering import store_answer
from surveys.devices import LABELS
from surveys.factories import make_survey, question
from surveys.models import SCALE, Kind, SurveyPage, SurveyResponse, SurveyTally
from surveys.results import DEVICE, TOTAL, UNANSWERED, results, split_choices
from surveys.tally import rebuild
from tests.surveys.conftest import two_page_questions

pytestmark = pytest.mark.django_db

DAYS = [date(2026, 3, day) for day in (1, 2, 3, 7)]
HOURS = [(0, 5), (12, 0), (23, 55)]  # local time: the totals' days are the site's days


def random_answer(survey, rng):
    """Every kind of question, each left out now and then (required or not)."""
    answer = {}
    for column in survey.columns():
        if rng.random() < 0.2:
            continue
        options = column.question.options()
        if column.kind == Kind.MULTIPLE:
            answer[column.key] = rng.sample(options, rng.randint(1, len(options)))
        elif column.kind == Kind.NUMBER:
            answer[column.key] = rng.randint(0, 40)
        elif column.kind in (Kind.TEXT, Kind.LONGTEXT):
            answer[column.key] = rng.choice(["Godt", "Mere om trivsel", "Ikke noget"])
        else:
            answer[column.key] = rng.choice(options)
    return answer


def answer_randomly(survey, count, seed):
    rng = random.Random(seed)  # noqa: S311 - made-up answers
    for _ in range(count):
        stored = store_answer(survey, random_answer(survey, rng), rng.choice(list(LABELS)))
        day, (hour, minute) = rng.choice(DAYS), rng.choice(HOURS)
        moment = timezone.make_aware(datetime(day.year, day.month, day.day, hour, minute))
        SurveyResponse.objects.filter(pk=stored.pk).update(submit_time=moment)


def counted(survey, start=None, end=None, split=""):
    """The results counted in Python from the answers: (totals, {key: (answered, counts,
    means)}), groups by name."""
    totals, answered, counts, numbers = Counter(), defaultdict(Counter), defaultdict(Counter), {}
    columns = survey.columns()
    for answer in SurveyResponse.objects.filter(page=survey):
        day = timezone.localdate(answer.submit_time)
        if (start and day < start) or (end and day > end):
            continue
        data = answer.form_data
        groups = [TOTAL]
        if split == DEVICE:
            groups.append(LABELS[answer.device])
        elif split:
            groups.append(data.get(split, UNANSWERED))
        for group in groups:
            totals[group] += 1
            for column in columns:
                if column.key not in data:
                    continue
                value = data[column.key]
                answered[column.key][group] += 1
                if column.kind in (Kind.NUMBER, Kind.SCALE, Kind.MATRIX):
                    numbers.setdefault((column.key, group), []).append(float(value))
                if column.kind not in (Kind.NUMBER, Kind.TEXT, Kind.LONGTEXT):
                    for option in value if isinstance(value, list) else [value]:
                        counts[column.key][(option, group)] += 1
    means = {key: round(sum(v) / len(v), 2) for key, v in numbers.items()}
    return totals, {
        c.key: (
            dict(answered[c.key]),
            dict(counts[c.key]),
            {g: m for (key, g), m in means.items() if key == c.key},
        )
        for c in columns
    }


def from_totals(survey, start=None, end=None, split=""):
    found = results(survey, start, end, split)
    assert set(found.groups) - {TOTAL} == set(found.totals) - {TOTAL}
    return found.totals, {
        r.column.key: (r.answered, {k: v for k, v in r.counts.items() if v}, r.mean)
        for r in found.columns
    }


def assert_equal_every_way(survey):
    survey = SurveyPage.objects.get(pk=survey.pk)
    splits = ["", *dict(split_choices(survey))]
    assert DEVICE in splits and "rolle" in splits
    for split in splits:
        for start, end in [(None, None), (DAYS[1], DAYS[2]), (DAYS[2], None), (None, DAYS[0])]:
            assert from_totals(survey, start, end, split) == counted(survey, start, end, split)


def test_totals_equal_the_answers_counted(survey):
    answer_randomly(survey, 120, seed=14)
    assert results(survey).total == 120
    assert_equal_every_way(survey)


def test_deleting_answers_through_the_orm_takes_them_out(survey):
    answer_randomly(survey, 60, seed=1)
    SurveyResponse.objects.filter(device="tablet").delete()
    SurveyResponse.objects.filter(pk=SurveyResponse.objects.first().pk).delete()
    assert results(survey).total == SurveyResponse.objects.count() < 59
    assert_equal_every_way(survey)
    SurveyResponse.objects.all().delete()
    assert results(survey).total == 0
    assert not SurveyTally.objects.filter(answers__gt=0).exists()


def test_deleting_answers_in_the_admin_takes_them_out(admin_client, survey):
    answer_randomly(survey, 40, seed=2)
    doomed = list(SurveyResponse.objects.filter(device="telefon").values_list("pk", flat=True))
    url = reverse("wagtailforms:delete_submissions", args=[survey.pk])
    query = "?" + "&".join(f"selected-submissions={pk}" for pk in doomed)
    assert admin_client.post(url + query).status_code == 302
    assert SurveyResponse.objects.count() == 40 - len(doomed) < 40
    assert results(survey).total == 40 - len(doomed)
    assert_equal_every_way(survey)


def test_a_question_that_becomes_a_split_is_tallied_after_publishing(survey):
    answer_randomly(survey, 50, seed=3)
    questions = list(survey.form_fields.all())
    scale = next(q for q in questions if q.field_type == Kind.SCALE)
    scale.field_type, scale.choices = Kind.SINGLE, "\n".join(SCALE)
    questions.append(question(Kind.NUMBER, "Hvor mange møder har du om ugen?", sort_order=99))
    survey.form_fields = questions
    survey.save_revision().publish()
    survey = SurveyPage.objects.get(pk=survey.pk)
    assert scale.clean_name in dict(split_choices(survey))
    answer_randomly(survey, 30, seed=4)
    assert_equal_every_way(survey)


def test_a_survey_saved_live_without_publishing_gets_its_totals_when_its_results_are_read(home):
    survey = SurveyPage(title="Fra skallen", live=True)
    for number, item in enumerate(two_page_questions()):
        item.sort_order = number
        survey.form_fields.add(item)
    home.add_child(instance=survey)  # no publish: no page_published, no totals kept yet
    survey = SurveyPage.objects.get(pk=survey.pk)
    answer_randomly(survey, 25, seed=8)
    assert results(survey).total == 25
    assert_equal_every_way(survey)


def test_rebuild_recomputes_the_totals_from_the_answers(survey):
    answer_randomly(survey, 30, seed=5)
    before = from_totals(survey, split="rolle")
    SurveyTally.objects.filter(survey=survey).delete()
    assert results(survey).total == 0
    rebuild(survey)
    assert from_totals(survey, split="rolle") == before
    assert_equal_every_way(survey)


def test_deleting_a_survey_deletes_its_totals_and_leaves_the_others(home, survey):
    other = make_survey(home, "Evaluering", two_page_questions())
    answer_randomly(survey, 20, seed=6)
    answer_randomly(other, 20, seed=7)
    survey.delete()
    assert not SurveyTally.objects.exclude(survey=other).exists()
    assert results(other).total == 20
    assert_equal_every_way(other)


@pytest.mark.django_db(transaction=True)
def test_answers_stored_and_deleted_at_once_keep_the_totals(home):
    """Two answerers and an editor deleting answers, at the same moment: no deadlock, no
    answer counted twice or lost."""
    survey = make_survey(home, "Brugerundersøgelse", two_page_questions())
    start, errors = threading.Barrier(3), []

    def answer(seed):
        rng = random.Random(seed)  # noqa: S311 - made-up answers
        start.wait()
        for _ in range(40):
            store_answer(survey, random_answer(survey, rng), rng.choice(list(LABELS)))

    def delete():
        start.wait()
        for _ in range(20):
            SurveyResponse.objects.filter(
                pk__in=SurveyResponse.objects.order_by("?").values("pk")[:2]
            ).delete()

    def run(work, *args):
        try:
            work(*args)
        except Exception as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=args) for args in [(answer, 1), (answer, 2), (delete,)]
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results(survey).total == SurveyResponse.objects.count() > 0
    assert_equal_every_way(survey)
