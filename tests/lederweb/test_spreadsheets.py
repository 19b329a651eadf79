"""What visitors typed never starts a formula in an export (lederweb/spreadsheets.py)."""

import csv
import io

import pytest

from lederweb.spreadsheets import TextWriter, as_text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_that_would_start_a_formula_gets_a_leading_quote(start):
    assert as_text(f"{start}1+1") == f"'{start}1+1"


def test_other_values_are_left_as_they_are():
    assert [as_text(v) for v in ["Anne", "", 12, -3, None, "1-2"]] == [
        "Anne",
        "",
        12,
        -3,
        None,
        "1-2",
    ]


def test_the_writer_writes_every_cell_as_text_with_semicolons():
    stream = io.StringIO()
    TextWriter(stream).writerows([["Søgning", "Antal"], ["=cmd|' /C calc'!A0", 3]])
    rows = list(csv.reader(io.StringIO(stream.getvalue()), delimiter=";"))
    assert rows == [["Søgning", "Antal"], ["'=cmd|' /C calc'!A0", "3"]]
