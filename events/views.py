from functools import partial

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_ratelimit.decorators import ratelimit

from events.forms import RegistrationForm
from events.ics import event_calendar
from events.registration import (
    RegistrationClosed,
    cancel_registration,
    confirm_registration,
    register_participant,
    registration_for,
)
from lederweb.confirm_link import confirm_link_view
from lederweb.ratelimit import rate_setting

RATE_LIMITED = _(
    "Der er sendt mange tilmeldinger fra din forbindelse på kort tid. "
    "Vent et par minutter, og prøv så igen."
)
OUTCOME_SLUGS = {"pending": "afventer", "confirmed": "bekraeftet", "waiting": "venteliste"}


def _render(request, event, form, notice="", status=200):
    response = event.render(
        request, context_overrides={"registration_form": form, "registration_notice": notice}
    )
    response.status_code = status
    return response


@ratelimit(key="ip", rate=rate_setting("EVENTS_REGISTRATION_RATE"), method="POST", block=False)
def register(request, event):
    """POST /arrangementer/<slug>/tilmeld/: saves the registration, then shows the outcome."""
    if request.method != "POST":
        return redirect(event.get_url(request) + "#tilmelding")
    form = RegistrationForm(request.POST)
    if getattr(request, "limited", False):
        return _render(request, event, form, RATE_LIMITED, status=429)
    if not event.registration_is_open():
        return _render(request, event, form, event.closed_message, status=409)
    if not form.is_valid():
        return _render(request, event, form, status=400)
    try:
        register_participant(event.pk, form.cleaned_data)
    except RegistrationClosed:
        return _render(request, event, form, event.closed_message, status=409)
    # The same answer for a new address and one already registered (whose owner is mailed).
    return redirect(event.subpage_url(request, "registered", OUTCOME_SLUGS["pending"]))


def calendar_file(request, event):
    """<event page>/kalender.ics, the event as a calendar file."""
    response = HttpResponse(event_calendar(event), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def cancel(request, event, token):
    """<event>/afmeld/<token>/ from the participant's mail: GET shows a button (mail scanners
    open every link), POST cancels and frees the place."""
    registration = registration_for(event, token, "cancel")
    if registration is None:
        raise Http404
    if request.method == "POST":
        cancel_registration(registration)
        return redirect(request.path)
    return event.render(
        request,
        template="pages/event_cancel.html",
        context_overrides={"registration": registration},
    )


def confirm(request, event, token):
    """<event>/bekraeft/<token>/ from the first mail: GET shows a button, POST confirms the
    address, and the participant sees whether the place or the waiting list is theirs."""
    return confirm_link_view(
        request,
        registration_for(event, token, "confirm"),
        is_pending=lambda registration: registration.status == registration.Status.PENDING,
        confirm=confirm_registration,
        outcome=partial(_outcome, request, event),
        render_page=lambda context: event.render(
            request, template="pages/event_confirm.html", context_overrides=context
        ),
    )


def _outcome(request, event, registration):
    if registration.status == registration.Status.CANCELLED:
        raise Http404
    return redirect(event.subpage_url(request, "registered", OUTCOME_SLUGS[registration.status]))
