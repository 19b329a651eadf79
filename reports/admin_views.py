"""The "Statistik" dashboard in the admin, its CSV exports and the status note on demand."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from lederweb.pdf import PDF_MIME, html_to_pdf
from lederweb.spreadsheets import TextWriter
from reports import dashboard, status

PERMISSION = "reports.view_statusnote"


class StatisticsPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DashboardView(StatisticsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/dashboard.html"
    page_title = "Statistik"
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        form = dashboard.PeriodForm(request.GET or None)
        period = form.period(timezone.localdate())
        figures = dashboard.build(period)
        if export := request.GET.get("eksport"):
            return self.csv_response(figures, export, period)
        context = self.get_context_data(form=form, **figures)
        context["this_year"] = timezone.localdate().year
        return self.render_to_response(context)

    def csv_response(self, figures, key, period):
        table = next((t for t in figures["tables"] if t.key == key), None)
        if table is None:
            raise Http404
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"{key}-{period.start:%Y%m%d}-{period.end:%Y%m%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response.write("\ufeff")  # Excel reads the BOM as UTF-8
        TextWriter(response).writerows(table.csv_rows)
        return response


class StatusNoteView(StatisticsPermissionMixin, TemplateView):
    """The status note for ?aar=YEAR&periode=D.M-D.M as PDF (or ?format=html)."""

    def get(self, request, *args, **kwargs):
        try:
            year = int(request.GET.get("aar", ""))
            context = status.build(year, request.GET.get("periode") or None)
        except (ValueError, status.PeriodError) as error:
            return HttpResponse(
                f"Statusnotatet kan ikke laves: {error}", status=400, content_type="text/plain"
            )
        html = render_to_string("reports/status_note.html", context)
        if request.GET.get("format") == "html":
            return HttpResponse(html)
        response = HttpResponse(html_to_pdf(html), content_type=PDF_MIME)
        response["Content-Disposition"] = f'attachment; filename="statusnotat-{year}.pdf"'
        return response
