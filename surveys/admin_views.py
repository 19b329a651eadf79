"""The survey's admin pages: its results (filtered by date, split by a background question
or the device class) and the exports of all answers (CSV, XLSX) and of the results (PDF)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lederweb.models import SectionPage
from lederweb.pdf import render_pdf
from surveys import exports, invitations
from surveys.models import SurveyPage
from surveys.results import results, split_choices


class ResultsFilter(forms.Form):
    fra = forms.DateField(
        label=_("Svar fra"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    til = forms.DateField(
        label=_("Svar til og med"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    opdel = forms.ChoiceField(label=_("Opdel efter"), required=False)

    def __init__(self, survey, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opdel"].choices = [("", _("Ingen opdeling")), *split_choices(survey)]

    def clean(self):
        data = super().clean()
        if data.get("fra") and data.get("til") and data["til"] < data["fra"]:
            self.add_error("til", _("Slutdatoen ligger før startdatoen."))
        return data

    def period(self):
        data = self.cleaned_data if self.is_valid() else {}
        return data.get("fra"), data.get("til"), data.get("opdel") or ""


def _survey(request, pk):
    survey = get_object_or_404(SurveyPage, pk=pk)
    if not survey.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return survey.specific


def _header(survey, step):
    return {
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_pages:edit", args=[survey.pk]), "label": survey.title},
            {"url": "", "label": step},
        ],
        "header_title": step,
        "header_icon": "form",
    }


def results_view(request, pk):
    survey = _survey(request, pk)
    filters = ResultsFilter(survey, request.GET or None)
    start, end, split = filters.period()
    query = request.GET.urlencode()
    return TemplateResponse(
        request,
        "surveys/admin/results.html",
        {
            **_header(survey, _("Resultater")),
            "survey": survey,
            "filters": filters,
            "results": results(survey, start, end, split),
            "query": f"?{query}" if query else "",
        },
    )


def _filename(survey, ending):
    return f"{survey.slug}-{timezone.localdate():%Y-%m-%d}.{ending}"


def export_csv(request, pk):
    survey = _survey(request, pk)
    start, end, _split = ResultsFilter(survey, request.GET or None).period()
    response = StreamingHttpResponse(
        exports.csv_lines(survey, start, end), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "csv")}"'
    return response


def export_xlsx(request, pk):
    survey = _survey(request, pk)
    start, end, _split = ResultsFilter(survey, request.GET or None).period()
    return FileResponse(
        exports.xlsx_file(survey, start, end),
        as_attachment=True,
        filename=_filename(survey, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def export_pdf(request, pk):
    survey = _survey(request, pk)
    start, end, split = ResultsFilter(survey, request.GET or None).period()
    pdf = render_pdf(
        "surveys/results_pdf.html",
        {
            "survey": survey,
            "results": results(survey, start, end, split),
            "start": start,
            "end": end,
        },
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "pdf")}"'
    return response


PASTED = "liste"
EVERYONE = "alle"


class InviteForm(forms.Form):
    modtagere = forms.ChoiceField(label=_("Hvem skal inviteres?"), widget=forms.RadioSelect)
    adresser = forms.CharField(
        label=_("E-mailadresser"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Én pr. linje, eller adskilt af komma eller semikolon."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sections = SectionPage.objects.live().order_by("path")
        self.fields["modtagere"].choices = [
            (PASTED, _("Adresserne herunder")),
            (EVERYONE, _("Alle abonnenter på nyhedsbrevet")),
            *[(str(s.pk), _("Abonnenter i %(name)s") % {"name": s.title}) for s in sections],
        ]

    def clean(self):
        data = super().clean()
        if data.get("modtagere") == PASTED:
            good, bad = invitations.parse_addresses(data.get("adresser"))
            if bad:
                self.add_error(
                    "adresser",
                    _("Det her er ikke e-mailadresser: %(bad)s") % {"bad": ", ".join(bad[:10])},
                )
            elif not good:
                self.add_error("adresser", _("Skriv mindst én e-mailadresse."))
            data["addresses"] = good
        elif data.get("modtagere") == EVERYONE:
            data["addresses"] = invitations.subscriber_addresses()
        elif data.get("modtagere"):
            section = SectionPage.objects.get(pk=data["modtagere"])
            data["addresses"] = invitations.subscriber_addresses(section)
        return data


def invitations_view(request, pk):
    survey = _survey(request, pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        made = invitations.invite(survey, form.cleaned_data["addresses"])
        messages.success(request, _("%(made)d nye invitationer sendes nu.") % {"made": made})
        return redirect("survey_invitations", pk)
    return TemplateResponse(
        request,
        "surveys/admin/invitations.html",
        {
            **_header(survey, _("Invitationer")),
            "survey": survey,
            "form": form,
            "progress": invitations.progress(survey),
        },
        status=400 if form.errors else 200,
    )


def remind_view(request, pk):
    survey = _survey(request, pk)
    if request.method == "POST":
        marked = invitations.remind(survey)
        messages.success(request, _("%(marked)d påmindelser sendes nu.") % {"marked": marked})
    return redirect("survey_invitations", pk)
