from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string

from lederweb.pdf import html_to_pdf
from reports.status import PeriodError, build

TEMPLATE = "reports/status_note.html"


def render_note(year, period=None, as_pdf=False):
    """The note as HTML text or PDF bytes."""
    html = render_to_string(TEMPLATE, build(year, period))
    return html_to_pdf(html) if as_pdf else html


class Command(BaseCommand):
    help = "Skriver årets statusnotat som PDF eller HTML ud fra sitets indhold og tal."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("--period", help="Lederwebs tal for perioden D.M-D.M, fx 1.1-30.9.")
        parser.add_argument("--out", required=True, help="FIL.pdf eller FIL.html")

    def handle(self, *args, year, period=None, out, **options):
        out = Path(out)
        if out.suffix.lower() not in (".pdf", ".html"):
            raise CommandError("--out skal ende på .pdf eller .html.")
        try:
            content = render_note(year, period, as_pdf=out.suffix.lower() == ".pdf")
        except PeriodError as error:
            raise CommandError(str(error)) from error
        if isinstance(content, str):
            out.write_text(content, encoding="utf-8")
        else:
            out.write_bytes(content)
        self.stdout.write(self.style.SUCCESS(f"Statusnotatet for {year} er skrevet til {out}."))
