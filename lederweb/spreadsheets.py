"""Exports the secretariat opens in a spreadsheet: what visitors typed (a name, a note, a search,
a survey answer) must never run there as a formula (CSV injection, OWASP). A CSV cell that starts
like a formula gets a leading ', which a spreadsheet shows as text; an XLSX cell is typed text
(Wagtail's own XLSX export does the same)."""

import csv

from openpyxl.cell import WriteOnlyCell
from wagtail.admin.views.generic import IndexView

# What a spreadsheet reads as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """A CSV cell: a text that would start a formula, with a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xlsx_value(sheet, value):
    """A value for a write-only XLSX sheet: a text openpyxl would store as a formula (one that
    starts with =) as a typed text cell instead, kept as it was written."""
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        return cell
    return value


class TextWriter:
    """csv.writer (semicolons, as a Danish Excel reads them) that writes every cell as_text."""

    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **{"delimiter": ";", **options})

    def writerow(self, row):
        return self._writer.writerow([as_text(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class TextCsvExportMixin:
    """For Wagtail's spreadsheet exports (SpreadsheetExportMixin): the CSV's cells as_text."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: as_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class TextIndexView(TextCsvExportMixin, IndexView):
    """A viewset's list whose CSV export writes formulas as text."""
