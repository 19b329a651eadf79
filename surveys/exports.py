"""All answers of a survey as rows, one per answer, columns in question order: for CSV
(streamed) and XLSX (openpyxl's write-only workbook, streamed to a temporary file), so memory
stays flat however many answers there are."""

import tempfile

from django.utils import timezone
from openpyxl import Workbook
from wagtail.admin.views.mixins import Echo

from lederweb.spreadsheets import TextWriter, xlsx_value
from surveys.devices import LABELS
from surveys.models import SCALE_KINDS, SurveyResponse
from surveys.results import date_bounds

CHUNK = 2000
SEPARATOR = "; "


def header(columns):
    return ["Dato", "Enhed", *[column.label for column in columns]]


def answers(survey, start=None, end=None):
    first, after = date_bounds(start, end)
    query = SurveyResponse.objects.filter(
        page=survey, submit_time__gte=first, submit_time__lt=after
    ).order_by("submit_time", "pk")
    return query.values_list("submit_time", "device", "form_data").iterator(chunk_size=CHUNK)


def rows(survey, start=None, end=None):
    """The header, then one row per answer: lists of choices joined, numbers and scales as
    numbers (a spreadsheet can average them), None where nothing was answered."""
    columns = survey.columns()
    keys = [column.key for column in columns]
    scales = [2 + n for n, column in enumerate(columns) if column.kind in SCALE_KINDS]
    yield header(columns)
    for submitted, device, data in answers(survey, start, end):
        values = [data.get(key) for key in keys]  # None: an empty cell, not written at all
        row = [
            timezone.localtime(submitted).strftime("%Y-%m-%d %H:%M"),
            LABELS.get(device, device),
            *[SEPARATOR.join(v) if isinstance(v, list) else v for v in values],
        ]
        for position in scales:
            if isinstance(row[position], str) and row[position].isdigit():
                row[position] = int(row[position])
        yield row


def csv_lines(survey, start=None, end=None):
    """CSV as Danish Excel reads it: UTF-8 with a byte-order mark, semicolons."""
    writer = TextWriter(Echo())
    yield "\ufeff"
    for row in rows(survey, start, end):
        yield writer.writerow(row)


def xlsx_file(survey, start=None, end=None):
    """A temporary file (open, at its start) holding the workbook."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Svar")
    for row in rows(survey, start, end):
        sheet.append([xlsx_value(sheet, value) for value in row])
    output = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return output
