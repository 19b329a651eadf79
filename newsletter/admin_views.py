"""The issue's own admin pages: status with live progress, browser preview, progress JSON, and
the editors' actions (test to oneself, send now, schedule, pause, resume, discard)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from newsletter import sending
from newsletter.composing import Editions, personalise
from newsletter.issue_mail import email_message
from newsletter.models import Issue, SendSettings

PREVIEW_TOKEN = "forhaandsvisning"  # noqa: S105 - inert link placeholder


def _issue(request, pk, action="change"):
    from newsletter.viewsets import issue_viewset

    if not issue_viewset.permission_policy.user_has_permission(request.user, action):
        raise PermissionDenied
    return get_object_or_404(Issue, pk=pk)


def _edition(issue, request):
    sections = [int(n) for n in request.GET.getlist("vaeksthus") if n.isdigit()]
    return Editions(issue).for_sections(sections)


def status(request, pk):
    issue = _issue(request, pk, "view")
    return TemplateResponse(
        request,
        "newsletter/admin/issue_status.html",
        {
            "issue": issue,
            "figures": sending.progress(issue),
            "items": issue.items.select_related("page").order_by("sort_order"),
            "can_send": issue.status in {Issue.Status.DRAFT, Issue.Status.SCHEDULED, "missed"},
            "can_schedule": issue.status == Issue.Status.DRAFT,
            "can_discard": issue.status
            in {Issue.Status.DRAFT, Issue.Status.SCHEDULED, Issue.Status.MISSED},
            "deliveries_url": reverse("afsendelser:index") + f"?issue={issue.pk}",
            "rate_per_second": SendSettings.load().rate_per_second,
        },
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
    issue = _issue(request, pk)
    if not request.user.email:
        messages.error(request, _("Din brugerkonto har ingen e-mailadresse."))
        return _back(pk)
    edition = Editions(issue).for_sections([])
    message = email_message(
        edition, issue.pk, f"test-{request.user.pk}", request.user.email, PREVIEW_TOKEN
    )
    message.subject = f"[Test] {message.subject}"
    message.send()
    messages.success(request, _("Testmailen er sendt til %s.") % request.user.email)
    return _back(pk)


@require_POST
def send_now(request, pk):
    issue = _issue(request, pk)
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
        messages.error(request, _("Vælg først et tidspunkt under “Planlagt til” og gem."))
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
