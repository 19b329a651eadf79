"""The issue's own admin pages: status with live progress, browser preview, progress JSON, and
the editors' actions (a test to typed addresses, send now after a confirmation, schedule,
pause, resume, discard)."""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import get_connection
from django.core.validators import validate_email
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.permissions import policy_registry

from newsletter import sending
from newsletter.issue_mail import email_message
from newsletter.models import Issue, SendSettings
from newsletter.rendering import Editions, personalise

PREVIEW_TOKEN = "forhaandsvisning"  # noqa: S105 - inert link placeholder


@csrf_exempt  # a mail client's one-click POST to a test mail's List-Unsubscribe
def test_link(request):
    """Where the unsubscribe and preferences links of a test mail or preview lead: an
    explanation; nothing changes."""
    return TemplateResponse(request, "pages/newsletter_test_link.html")


def _issue(request, pk, action="change"):
    if not policy_registry.get_by_type(Issue).user_has_permission(request.user, action):
        raise PermissionDenied
    return get_object_or_404(Issue, pk=pk)


def _edition(issue, request):
    sections = [int(n) for n in request.GET.getlist("vaeksthus") if n.isdigit()]
    return Editions(issue).for_sections(sections)


MAX_TEST_ADDRESSES = 5


class TestAddressesForm(forms.Form):
    addresses = forms.CharField(
        label=_("Send en test til"),
        max_length=1000,
        help_text=_("Op til %(max)s adresser, adskilt af komma eller mellemrum.")
        % {"max": MAX_TEST_ADDRESSES},
    )

    def clean_addresses(self):
        addresses = list(dict.fromkeys(re.split(r"[\s,;]+", self.cleaned_data["addresses"])))
        addresses = [address for address in addresses if address]
        if len(addresses) > MAX_TEST_ADDRESSES:
            raise forms.ValidationError(
                _("Højst %(max)s adresser ad gangen.") % {"max": MAX_TEST_ADDRESSES}
            )
        invalid = [address for address in addresses if not _valid_address(address)]
        if invalid:
            raise forms.ValidationError(
                _("Ikke en gyldig e-mailadresse: %(addresses)s") % {"addresses": ", ".join(invalid)}
            )
        return addresses


def _valid_address(address):
    try:
        validate_email(address)
    except forms.ValidationError:
        return False
    return True


def can_send(issue):
    return Issue.objects.filter(sending.startable(), pk=issue.pk).exists()


def recipients(issue):
    """Who gets the issue: its deliveries once started, else who would get one now."""
    if issue.started_at:
        return issue.deliveries.count()
    return sending.recipients().count()


def header(issue, *steps):
    """The slim header with breadcrumbs, as on the issue's edit page: the subject of a large
    heading with a long Danish word ran off a phone's screen."""
    items = [{"url": reverse("nyhedsbreve:index"), "label": _("Nyhedsbreve")}]
    items.append({"url": reverse("nyhedsbreve:status", args=[issue.pk]), "label": issue.subject})
    items += [{"url": "", "label": step} for step in steps]
    return {
        "breadcrumbs_items": items,
        "header_title": items[-1]["label"],
        "header_icon": "mail",
    }


def status(request, pk, test_form=None):
    issue = _issue(request, pk, "view")
    test_form = test_form or TestAddressesForm(initial={"addresses": request.user.email})
    return TemplateResponse(
        request,
        "newsletter/admin/issue_status.html",
        {
            **header(issue),
            "issue": issue,
            "figures": sending.progress(issue),
            "recipients": recipients(issue),
            "items": issue.items.select_related("page").order_by("sort_order"),
            "can_send": can_send(issue),
            "can_schedule": issue.status == Issue.Status.DRAFT,
            "can_pause": issue.status in {Issue.Status.SENDING, Issue.Status.SCHEDULED},
            "can_discard": can_send(issue),
            "deliveries_url": reverse("afsendelser:index") + f"?issue={issue.pk}",
            "rate_per_second": SendSettings.load().rate_per_second,
            "test_form": test_form,
        },
        status=400 if test_form.errors else 200,
    )


def preview(request, pk):
    """The HTML exactly as it is mailed (links carry a placeholder instead of a token)."""
    issue = _issue(request, pk, "view")
    return HttpResponse(personalise(_edition(issue, request).html, PREVIEW_TOKEN))


def progress(request, pk):
    return JsonResponse(sending.progress(_issue(request, pk, "view")))


def _back(pk):
    return redirect("nyhedsbreve:status", pk)


@require_POST
def send_test(request, pk):
    """The whole issue (every item) to the addresses the editor typed; its personal links
    lead to a page that explains they work in the real mail."""
    issue = _issue(request, pk)
    form = TestAddressesForm(request.POST)
    if not form.is_valid():
        return status(request, pk, test_form=form)
    edition = Editions(issue).for_sections([])
    addresses = form.cleaned_data["addresses"]
    with get_connection() as connection:
        for address in addresses:
            message = email_message(
                edition, issue.pk, f"test-{request.user.pk}", address, PREVIEW_TOKEN, connection
            )
            message.subject = f"[Test] {message.subject}"
            message.send()
    messages.success(request, _("Testmailen er sendt til %s.") % ", ".join(addresses))
    return _back(pk)


def send_now(request, pk):
    """GET: asks to confirm, with the number of recipients; POST: starts the sending."""
    issue = _issue(request, pk)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "newsletter/admin/issue_send_confirm.html",
            {
                **header(issue, _("Send nu")),
                "issue": issue,
                "recipients": recipients(issue),
                "can_send": can_send(issue),
            },
        )
    if not issue.items.exists():
        messages.error(request, _("Nyhedsbrevet har intet indhold."))
    elif sending.start(issue.pk):
        messages.success(request, _("Udsendelsen er startet."))
    else:
        messages.error(request, _("Nyhedsbrevet kan ikke sendes i sin nuværende status."))
    return _back(pk)


@require_POST
def schedule(request, pk):
    issue = _issue(request, pk)
    if not issue.scheduled_at:
        messages.error(request, _("Vælg først et tidspunkt under »Planlagt til« og gem."))
    else:
        Issue.objects.filter(pk=pk, status=Issue.Status.DRAFT).update(status=Issue.Status.SCHEDULED)
        messages.success(request, _("Nyhedsbrevet er planlagt."))
    return _back(pk)


@require_POST
def pause(request, pk):
    sending.pause(_issue(request, pk).pk, _("Sat på pause af en redaktør"))
    return _back(pk)


@require_POST
def resume(request, pk):
    sending.resume(_issue(request, pk).pk)
    return _back(pk)


@require_POST
def discard(request, pk):
    sending.discard(_issue(request, pk).pk)
    return _back(pk)
