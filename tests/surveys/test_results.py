import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from surveys.models import SurveyResponse
from surveys.results import results
from tests.surveys.conftest import PAGE_ONE, PAGE_TWO, answer_survey

pytestmark = pytest.mark.django_db

DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120"
OTHER_ONE = {"rolle": "Topleder"}  # no number: it is not required
OTHER_TWO = {
    "hvor_ofte_bruger_du_publikationerne": "Sjældent",
    "hvad_bruger_du_dem_til": ["Kurser"],
    "hvor_praksisnaere_er_de": "2",
    "hvor_enig_er_du__1": "3",
    "hvor_enig_er_du__2": "5",
}


@pytest.fixture
def answered(client, survey):
    """Two leaders' answers, one on a phone, one on a computer."""
    for page_one, page_two, agent in [(PAGE_ONE, PAGE_TWO, None), (OTHER_ONE, OTHER_TWO, DESKTOP)]:
        extra = {"user_agent": agent} if agent else {}
        assert answer_survey(client, survey.url, page_one, page_two, **extra).status_code == 200
    return survey


def by_key(found):
    return {result.column.key: result for result in found.columns}


def test_counts_percentages_means_and_texts(answered):
    found = results(answered)
    assert found.total == 2
    column = by_key(found)
    rows = dict(column["hvad_bruger_du_dem_til"].rows())
    assert rows["Inspiration"] == [(1, 50.0)]
    assert rows["Kurser"] == [(1, 50.0)]
    assert column["hvor_praksisnaere_er_de"].means() == [3.5]
    assert column["hvor_enig_er_du__2"].means() == [5.0]
    assert column["hvor_mange_medarbejdere_leder_du"].means() == [12.0]
    assert column["hvor_mange_medarbejdere_leder_du"].answered_counts() == [1]
    assert column["andre_kommentarer"].texts == ["Flere cases, tak."]


def test_split_by_a_background_question_and_by_device(answered):
    by_role = results(answered, split="rolle")
    assert by_role.groups == ["I alt", "Topleder", "Mellemleder"]
    rows = dict(by_key(by_role)["hvor_ofte_bruger_du_publikationerne"].rows())
    assert rows["Ofte"] == [(1, 50.0), (0, 0.0), (1, 100.0)]
    by_device = results(answered, split="enhed")
    assert by_device.groups == ["I alt", "Telefon", "Computer"]
    assert by_key(by_device)["hvor_praksisnaere_er_de"].means() == [3.5, 5.0, 2.0]


def test_the_date_filter(answered):
    old = SurveyResponse.objects.filter(form_data__rolle="Topleder")
    old.update(submit_time=timezone.now() - timedelta(days=10))
    today = timezone.localdate()
    assert results(answered, start=today).total == 1
    assert results(answered, end=today - timedelta(days=5)).total == 1
    assert results(answered, start=today - timedelta(days=20)).total == 2


def test_the_number_of_queries_does_not_grow_with_the_answers(answered):
    answered = type(answered).objects.get(pk=answered.pk)  # its questions not yet read
    with CaptureQueriesContext(connection) as few:
        results(answered, split="rolle")
    template = SurveyResponse.objects.first()
    SurveyResponse.objects.bulk_create(
        SurveyResponse(page=answered, form_data=template.form_data, device="tablet")
        for _ in range(200)
    )
    again = type(answered).objects.get(pk=answered.pk)
    with CaptureQueriesContext(connection) as many:
        found = results(again, split="rolle")
    assert found.total == 202
    assert len(many) == len(few) <= 6


def test_the_results_follow_an_answer_that_comes_or_goes(answered):
    first = results(answered, split="rolle")
    assert first.group_totals() == [2, 1, 1]
    phone = SurveyResponse.objects.get(device="telefon")
    SurveyResponse.objects.create(page=answered, form_data=phone.form_data, device="tablet")
    assert results(answered, split="rolle").group_totals() == [3, 1, 2]
    phone.delete()
    assert results(answered, split="rolle").group_totals() == [2, 1, 1]
    assert results(answered, split="enhed").group_totals() == [2, 1, 1]  # tablet, computer


def test_the_results_page_and_the_exports_read_back_what_was_answered(editor_client, answered):
    page = editor_client.get(reverse("survey_results", args=[answered.pk]) + "?opdel=enhed")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "Telefon" in html and "Flere cases, tak." in html

    expected_header = ["Dato", "Enhed", "Hvilken slags leder er du?"]
    response = editor_client.get(reverse("survey_csv", args=[answered.pk]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0][:3] == expected_header
    assert len(table[0]) == len(answered.columns()) + 2
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Enhed"] == "Telefon"
    assert first["Hvilken slags leder er du?"] == "Mellemleder"
    assert first["Hvad bruger du dem til?"] == "Inspiration; Møder"
    assert first["Hvor enig er du?: De er lette at læse"] == "5"
    assert first["Andre kommentarer"] == "Flere cases, tak."
    assert table[2][table[0].index("Hvor mange medarbejdere leder du?")] == ""

    response = editor_client.get(reverse("survey_xlsx", args=[answered.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [
        [cell if cell is not None else "" for cell in row]
        for row in sheet.iter_rows(values_only=True)
    ]
    assert cells[0] == table[0]
    assert cells[1][3] == 12  # a number stays a number
    assert cells[1][cells[0].index("Hvor enig er du?: De er lette at læse")] == 5  # so does a scale
    assert [str(v) for v in cells[2]] == table[2]

    response = editor_client.get(reverse("survey_pdf", args=[answered.pk]))
    assert response.content.startswith(b"%PDF")


def test_free_texts_that_look_like_formulas_are_exported_as_text(editor_client, survey):
    """An anonymous answerer's `=HYPERLINK(...)` must not become a live formula in the
    secretariat's spreadsheet: in the CSV it gets a leading ', in the XLSX it is a text cell."""
    formula = '=HYPERLINK("http://evil.example","klik")'
    SurveyResponse.objects.create(
        page=survey,
        device="computer",
        form_data={**PAGE_TWO, "hvilken_publikation_bruger_du_mest": formula},
    )
    response = editor_client.get(reverse("survey_csv", args=[survey.pk]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text), delimiter=";"))
    answer = dict(zip(header, row, strict=True))["Hvilken publikation bruger du mest?"]
    assert answer == "'" + formula

    response = editor_client.get(reverse("survey_xlsx", args=[survey.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    [header, row] = list(sheet.iter_rows())
    cell = row[[c.value for c in header].index("Hvilken publikation bruger du mest?")]
    assert cell.data_type == "s" and cell.value == formula
    assert not any(c.data_type == "f" for c in row)


def test_results_are_for_editors_only(client, answered):
    response = client.get(reverse("survey_results", args=[answered.pk]))
    assert response.status_code == 302  # to the admin's login


def test_a_period_that_ends_before_it_starts_is_explained(editor_client, answered):
    url = reverse("survey_results", args=[answered.pk])
    page = editor_client.get(url, {"fra": "2026-12-31", "til": "2026-01-01"})
    assert page.status_code == 200
    assert "Slutdatoen ligger før startdatoen." in page.content.decode()
