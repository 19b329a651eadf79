"""Visit history from the former analytics tool (`manage.py import_visits --src fil.csv`).

The file has a header row and one row per month or per day:

    periode;besøg;sidevisninger[;besøgende]
    2013-01;61.234;146.962        (a month: its totals, stored on its first day)
    2013-10-14;2.051;4.733        (a day)

Separated by ";" or ",", numbers with or without thousands separators (58.500, 58 500).
Every row is checked before anything is written; a bad row names its line in Danish and
nothing is imported. Each month the file touches is replaced as a whole, in one transaction,
so importing the same file again changes nothing. Every imported row is marked `imported`."""

import calendar
import csv
import re
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from stats.models import DailyTraffic

COLUMNS = {
    "periode": "period",
    "period": "period",
    "måned": "period",
    "dato": "period",
    "besøg": "visits",
    "visits": "visits",
    "sidevisninger": "page_views",
    "page_views": "page_views",
    "pageviews": "page_views",
    "besøgende": "visitors",
    "visitors": "visitors",
}
REQUIRED = ("period", "visits", "page_views")
MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class BadFile(ValueError):
    """The file cannot be imported; `errors` are the Danish messages, one per bad row."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Row:
    day: date
    days: int
    visits: int
    page_views: int
    visitors: int | None


def read_rows(lines):
    """Rows of the CSV text (an iterable of lines); raises BadFile with every bad row."""
    lines = list(lines)
    if not lines or not lines[0].strip():
        raise BadFile(["Filen er tom."])
    dialect = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=dialect)
    header = [COLUMNS.get(name.strip().lower().lstrip("\ufeff")) for name in next(reader)]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise BadFile(
            [
                "Linje 1: overskriften skal have kolonnerne periode, besøg og sidevisninger "
                "(og evt. besøgende)."
            ]
        )
    rows, errors, seen = [], [], {}
    for number, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        fields = dict(zip(header, (value.strip() for value in values), strict=False))
        try:
            row = _row(fields)
        except ValueError as error:
            errors.append(f"Linje {number}: {error}")
            continue
        taken = seen.setdefault(row.day.replace(day=1), set())
        kind = "month" if row.days > 1 else row.day
        if kind in taken or (taken and "month" in taken | {kind}):
            errors.append(f"Linje {number}: {row.day:%m.%Y} står mere end én gang i filen.")
            continue
        taken.add(kind)
        rows.append(row)
    if errors:
        raise BadFile(errors)
    if not rows:
        raise BadFile(["Filen har ingen rækker med tal."])
    return rows


def _row(fields):
    period = fields.get("period", "")
    if match := MONTH.match(period):
        year, month = int(match[1]), int(match[2])
        day, days = _date(year, month, 1, period), calendar.monthrange(year, month)[1]
    elif match := DAY.match(period):
        day, days = _date(int(match[1]), int(match[2]), int(match[3]), period), 1
    else:
        raise ValueError(
            f"perioden »{period}« er hverken en måned (2013-01) eller en dag (2013-01-31)."
        )
    visitors = fields.get("visitors") or None
    return Row(
        day,
        days,
        _number(fields.get("visits", ""), "besøg"),
        _number(fields.get("page_views", ""), "sidevisninger"),
        None if visitors is None else _number(visitors, "besøgende"),
    )


def _date(year, month, day, text):
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"»{text}« er ikke en gyldig dato.") from None


def _number(text, name):
    digits = text.replace(".", "").replace(" ", "").replace("\xa0", "")
    if not digits.isdigit():
        raise ValueError(f"{name} skal være et helt tal, ikke »{text}«.")
    return int(digits)


def import_rows(rows, progress=None):
    """Replaces every month the rows touch with the rows, in one transaction; returns how many
    rows were written. `progress(month, visits)` is told each month as it is done."""
    by_month = {}
    for row in rows:
        by_month.setdefault(row.day.replace(day=1), []).append(row)
    with transaction.atomic():
        for month, month_rows in sorted(by_month.items()):
            last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
            DailyTraffic.objects.filter(day__gte=month, day__lte=last).delete()
            DailyTraffic.objects.bulk_create(
                DailyTraffic(
                    day=row.day,
                    days=row.days,
                    visits=row.visits,
                    page_views=row.page_views,
                    visitors=row.visitors,
                    imported=True,
                )
                for row in month_rows
            )
            if progress:
                progress(month, sum(row.visits for row in month_rows))
    return len(rows)


def import_file(path, progress=None):
    with open(path, encoding="utf-8-sig", newline="") as source:
        return import_rows(read_rows(source), progress)
