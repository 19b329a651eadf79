"""What an editor may not do to a survey: close it before it opens, or change the kind of a
question that already has answers (the admin's forms show the model's errors by the field)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from surveys.answering import store_answer
from surveys.models import Kind
from tests.surveys.conftest import PAGE_ONE

pytestmark = pytest.mark.django_db


def test_a_survey_must_close_after_it_opens(survey):
    survey.opens_at = timezone.now() + timedelta(days=30)
    survey.closes_at = survey.opens_at - timedelta(days=300)
    with pytest.raises(ValidationError) as error:
        survey.full_clean()
    assert error.value.message_dict["closes_at"] == [
        "Undersøgelsen skal lukke efter, at den åbner."
    ]
    survey.closes_at = survey.opens_at + timedelta(days=14)
    survey.full_clean()


def test_the_kind_of_a_question_with_answers_is_fixed(survey):
    number = next(q for q in survey.form_fields.all() if q.field_type == Kind.NUMBER)
    number.field_type = Kind.SCALE
    number.full_clean()  # no answers yet: the editor may still change it
    store_answer(survey, {"rolle": PAGE_ONE["rolle"], number.clean_name: 7}, "computer")
    with pytest.raises(ValidationError) as error:
        number.full_clean()
    assert "har allerede svar" in error.value.message_dict["field_type"][0]
    number.field_type = Kind.NUMBER
    number.label = "Hvor mange medarbejdere har du?"  # wording may still change
    number.full_clean()
