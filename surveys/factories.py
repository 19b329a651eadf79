"""Builders of surveys for the tests and the demo content: a survey from a short list of
questions."""

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from surveys.models import BackgroundQuestion, Kind, SurveyPage, SurveyQuestion

ROLES = ["Topleder", "Mellemleder", "Institutions- og afdelingsleder"]
SECTORS = ["Kommune", "Region"]


def background_question(key, label, choices):
    question, _created = BackgroundQuestion.objects.get_or_create(
        key=key, defaults={"label": label, "choices": "\n".join(choices)}
    )
    return question


def role_question():
    return background_question("rolle", "Hvilken slags leder er du?", ROLES)


def question(kind, label="", choices=(), required=True, **fields):
    """A question to pass to make_survey: choices as a list (a matrix's statements)."""
    return SurveyQuestion(
        field_type=kind, label=label, choices="\n".join(choices), required=required, **fields
    )


def section(title):
    return question(Kind.SECTION, title, required=False)


def make_survey(parent, title, questions, **fields):
    survey = SurveyPage(title=title, **fields)
    for number, item in enumerate(questions):
        item.sort_order = number
        survey.form_fields.add(item)
    # Every save of the page and of each question would index the references of the whole
    # survey again (some thirty times); indexed once, as published, the index is the same.
    with disable_reference_index_auto_update():
        parent.add_child(instance=survey)
        survey.save_revision().publish()
    survey = SurveyPage.objects.get(pk=survey.pk)
    ReferenceIndex.create_or_update_for_object(survey)
    return survey
