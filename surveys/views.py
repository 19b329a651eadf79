"""The survey's pages as the answerer sees them: one form per section with "Side 2 af 4",
back and forward keeping the answers, without JavaScript; an open link and personal links
(<survey>/<token>/)."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from lederweb.ratelimit import rate_setting
from surveys.answering import (
    AlreadyAnswered,
    as_form_data,
    dump_state,
    load_state,
    raw_values,
    save_draft,
    store_answer,
)
from surveys.devices import device_class
from surveys.forms import step_form_class
from surveys.models import Invitation

NOTICES = {
    "not_yet": _("Undersøgelsen er ikke åbnet endnu. Den åbner {opens}."),
    "closed": _(
        "Undersøgelsen er lukket, og der kan ikke længere svares på den. Tak for interessen."
    ),
    "used": _("Der er allerede svaret via dette personlige link. Et link giver ét svar."),
    "limited": _(
        "Der er sendt mange svar fra din forbindelse på kort tid. Vent lidt, og send så igen: "
        "dine svar står stadig i formularen."
    ),
}
BACK, FORWARD, SEND = "tilbage", "frem", "send"


def answer(request, survey, token=None):
    invitation = _invitation(survey, token)
    posted = request.method == "POST"
    notice = _closed_notice(survey, invitation)
    if notice:
        return _render_notice(request, survey, notice, status=409 if posted else 200)
    steps = survey.steps()
    if not posted:
        answers = (invitation.draft if invitation else None) or {}
        return _render_step(request, survey, steps, 0, answers)

    answers = load_state(survey, request.POST.get("tilstand"))
    index = _step_index(request.POST.get("trin"), len(steps))
    form = step_form_class(steps[index][1])(request.POST)
    step_names = [name for name in form.fields if name != "website"]
    action = request.POST.get("handling")
    if action == BACK:
        answers = _merge(answers, step_names, raw_values(request.POST, step_names))
        save_draft(invitation, answers)
        return _render_step(request, survey, steps, max(index - 1, 0), answers)
    if not form.is_valid():
        return _render_step(request, survey, steps, index, answers, form=form, status=400)
    answers = _merge(answers, step_names, raw_values(form.data, step_names))
    if index < len(steps) - 1:
        save_draft(invitation, answers)
        return _render_step(request, survey, steps, index + 1, answers)
    return _finish(request, survey, steps, answers, invitation, form)


def _finish(request, survey, steps, answers, invitation, form):
    if form.is_spam():
        return survey.render_landing_page(request)
    # The open link only, per survey: a personal link takes one answer anyway, and a room of
    # invited leaders behind one address must all get theirs in.
    if invitation is None and is_ratelimited(
        request,
        group=f"surveys.answer.{survey.pk}",
        key="ip",
        rate=rate_setting("SURVEYS_ANSWER_RATE"),
        increment=True,
    ):
        return _render_step(
            request, survey, steps, len(steps) - 1, answers, form, NOTICES["limited"], 429
        )
    all_questions = [question for _title, questions in steps for question in questions]
    whole = step_form_class(all_questions)(as_form_data(answers))
    if not whole.is_valid():  # an earlier page's answers were altered or lost: back there
        index = next(i for i, (_t, qs) in enumerate(steps) if set(whole.errors) & _names(qs))
        step_form = step_form_class(steps[index][1])(as_form_data(answers))
        return _render_step(request, survey, steps, index, answers, step_form, status=400)
    device = device_class(request.META.get("HTTP_USER_AGENT", ""))
    try:
        submission = store_answer(survey, whole.answers(), device, invitation)
    except AlreadyAnswered:
        return _render_notice(request, survey, NOTICES["used"], status=409)
    return survey.render_landing_page(request, submission)


def _names(questions):
    return {column.key for question in questions for column in question.columns()}


def _invitation(survey, token):
    if token is None:
        return None
    invitation = Invitation.objects.filter(survey=survey, token=token).first()
    if invitation is None:
        raise Http404
    return invitation


def _closed_notice(survey, invitation):
    state = survey.answer_state()
    if state == "not_yet":
        opens = survey.opens_at.astimezone().strftime("%d.%m.%Y kl. %H.%M")
        return NOTICES["not_yet"].format(opens=opens)
    if state == "closed":
        return NOTICES["closed"]
    if invitation is not None and invitation.used:
        return NOTICES["used"]
    return ""


def _step_index(value, count):
    try:
        return min(max(int(value), 0), count - 1)
    except (TypeError, ValueError):
        return 0


def _merge(answers, names, values):
    merged = {key: value for key, value in answers.items() if key not in names}
    merged.update(values)
    return merged


def _initial(form, answers):
    initial = {}
    for name, field in form.base_fields.items():
        if name in answers:
            multiple = hasattr(field, "choices") and field.widget.allow_multiple_selected
            initial[name] = answers[name] if multiple else answers[name][0]
    return initial


def _render_step(request, survey, steps, index, answers, form=None, notice="", status=200):
    title, questions = steps[index]
    if form is None:
        form_class = step_form_class(questions)
        form = form_class(initial=_initial(form_class, answers))
    context = survey.get_context(request)
    context.update(
        form=form,
        blocks=_blocks(form, questions),
        step_title=title,
        step_number=index + 1,
        step_count=len(steps),
        state=dump_state(survey, answers),
        notice=notice,
    )
    return TemplateResponse(request, survey.get_template(request), context, status=status)


def _blocks(form, questions):
    """The form's fields grouped per question: a matrix's statements together."""
    return [
        {"question": question, "fields": [form[column.key] for column in question.columns()]}
        for question in questions
    ]


def _render_notice(request, survey, notice, status):
    context = survey.get_context(request)
    context["notice"] = notice
    return TemplateResponse(request, survey.get_template(request), context, status=status)
