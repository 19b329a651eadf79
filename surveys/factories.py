"""Builders of surveys for the tests and the demo content: a survey from a short list of
questions."""

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
    parent.add_child(instance=survey)
    survey.save_revision().publish()
    return SurveyPage.objects.get(pk=survey.pk)
