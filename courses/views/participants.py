"""/kursusdeltager/: sign up, ask for a link, sign in from the link, see, export and delete
one's data."""

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses import participation
from courses.forms import LinkRequestForm, SignUpForm
from courses.models import CoursePage
from courses.signin import check_link, current_participant, safe_next, sign_out, use_link
from courses.views.common import (
    COURSES,
    email_key,
    limited,
    render_message,
    signed_out_page,
)

TOO_MANY = (
    "Der er bedt om mange links på kort tid fra din forbindelse eller til denne adresse. "
    "Vent en time, og prøv så igen."
)
CHECK_MAIL = [
    "Hvis adressen hører til en kursusdeltager, har vi sendt et link, du logger ind med. "
    "Linket virker én gang og i en time.",
    "Kan du ikke finde mailen, så kig i spam-mappen, eller bed om et nyt link.",
]
LINK_PROBLEMS = {
    "expired": "Linket er udløbet. Et link til at logge ind virker kun i en time.",
    "used": "Linket er allerede brugt. Et link til at logge ind virker kun én gang.",
    "invalid": "Linket er ugyldigt. Måske er det kun kopieret halvt.",
}


def _form_page(request, template, form, status):
    context = {"form": form, "breadcrumb_trail": [COURSES, ("Log ind", None)]}
    return render(request, template, context, status=status)


def _limited(request):
    """Sign-ups and link requests share one budget per client and one per address."""
    by_client = limited(request, "courses-link-ip", "ip", "COURSES_LINK_RATE")
    by_address = limited(request, "courses-link-email", email_key, "COURSES_LINK_ADDRESS_RATE")
    return by_client or by_address


@require_POST
def sign_up(request):
    form = SignUpForm(request.POST)
    if _limited(request):
        form.add_error(None, TOO_MANY)
        return _form_page(request, "pages/course_signup.html", form, 429)
    if not form.is_valid():
        return _form_page(request, "pages/course_signup.html", form, 400)
    course = CoursePage.objects.live().filter(pk=form.cleaned_data["course"] or 0).first()
    participation.sign_up(
        form.cleaned_data, safe_next(request, form.cleaned_data["next"]), course=course
    )
    return redirect("courses:check_mail")


@require_http_methods(["GET", "POST"])
def request_link(request):
    """Also where an expired or used link leads: a new link without revealing the address."""
    if request.method == "GET":
        form = LinkRequestForm(initial={"next": safe_next(request, request.GET.get("next"))})
        return _form_page(request, "pages/course_link_request.html", form, 200)
    form = LinkRequestForm(request.POST)
    if _limited(request):
        form.add_error(None, TOO_MANY)
        return _form_page(request, "pages/course_link_request.html", form, 429)
    if not form.is_valid():
        return _form_page(request, "pages/course_link_request.html", form, 400)
    participation.request_link(
        form.cleaned_data["email"], safe_next(request, form.cleaned_data["next"])
    )
    return redirect("courses:check_mail")


def check_mail(request):
    return render_message(request, "Tjek din e-mail", CHECK_MAIL)


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request, token):
    """GET shows a button (mail scanners open every link), POST signs in and uses the link."""
    check = check_link(token)
    if check.participant is not None and request.method == "POST" and use_link(request, check):
        return redirect(safe_next(request, check.next_path) or "courses:my_data")
    if check.participant is None or request.method == "POST":
        problem = LINK_PROBLEMS[check.problem or "used"]
        return render_message(
            request,
            "Linket virker ikke",
            [problem, "Få et nyt link tilsendt her:"],
            status=410 if check.problem in ("expired", "used", "") else 404,
            link_form=LinkRequestForm(initial={"next": check.next_path}),
        )
    context = {"breadcrumb_trail": [COURSES, ("Log ind", None)], "participant": check.participant}
    return render(request, "pages/course_sign_in.html", context)


@require_POST
def sign_out_view(request):
    sign_out(request)
    return render_message(request, "Du er logget ud", ["Du er nu logget ud af e-kurserne."])


@never_cache
def my_data(request):
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request, status=200)
    context = {
        "participant": participant,
        "data": participation.export(participant),
        "breadcrumb_trail": [COURSES, ("Mine oplysninger", None)],
    }
    return render(request, "pages/course_my_data.html", context)


@never_cache
def export_data(request):
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request)
    response = JsonResponse(
        participation.export(participant), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = 'attachment; filename="lederweb-e-kursus.json"'
    return response


@require_POST
def delete_data(request):
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request)
    if request.POST.get("bekraeft") != "ja":
        return render_message(
            request,
            "Bekræft sletningen",
            ["Sæt flueben i feltet for at bekræfte, at alt skal slettes."],
            status=400,
        )
    participation.delete(participant)
    sign_out(request)
    return render_message(
        request,
        "Dine oplysninger er slettet",
        [
            "Alt, hvad vi havde gemt om dig i e-kurserne, er slettet: navn, e-mail, fremdrift og "
            "svar."
        ],
    )
