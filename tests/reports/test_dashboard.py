"""The "Statistik" dashboard in the admin: a period against the same period a year before,
every table as CSV, and the status note on demand."""

import csv
import io

import pytest
from django.urls import reverse

from events.models import EventPage, Registration

pytestmark = pytest.mark.django_db

NINE_MONTHS_2013 = {"preset": "custom", "start": "1.1.2013", "end": "30.9.2013"}


def test_a_custom_period_against_the_year_before(editor_client, demo_content):
    page = editor_client.get(reverse("reports_dashboard"), NINE_MONTHS_2013).content.decode()
    assert "Perioden 1.1.2013 – 30.9.2013 mod 1.1.2012 – 30.9.2012" in page
    assert "527.131" in page and "506.088" in page  # visits, imported history
    assert "data importeret fra det tidligere statistikværktøj" in page
    assert 'role="img"' in page and "Besøg pr. måned" in page
    assert "Følgere på Facebook" in page
    for title in ("Mest besøgte sider", "Søgninger uden resultat", "Trykte eksemplarer"):
        assert title in page
    assert "Ledelse af frivillige" in page  # printed copies


def test_every_table_exports_to_csv(editor_client, demo_content):
    response = editor_client.get(
        reverse("reports_dashboard"), {**NINE_MONTHS_2013, "eksport": "trykte"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Publikation", "Trykt i alt", "Bestilt i perioden", "Sendt i perioden"]
    # The demo's orders were shipped in 2013 (and made when the demo was loaded).
    frivillige = next(row for row in rows if row[0] == "Ledelse af frivillige")
    assert (frivillige[1], frivillige[3]) == ("7000", "2000")
    unknown = {**NINE_MONTHS_2013, "eksport": "findes-ikke"}
    assert editor_client.get(reverse("reports_dashboard"), unknown).status_code == 404


def test_event_registrations_and_attendance(editor_client, demo_content):
    meeting = EventPage.objects.get(slug="dialogmoede-2-naervaerende-ledelse-paa-afstand")
    for number, status in enumerate(["confirmed", "confirmed", "waiting"]):
        Registration.objects.create(
            event=meeting,
            name=f"Leder {number}",
            organisation="Ager Kommune",
            email=f"leder{number}@ager.dk",
            status=status,
        )
    period = {**NINE_MONTHS_2013, "eksport": "arrangementer"}
    response = editor_client.get(reverse("reports_dashboard"), period)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Arrangement", "Dato", "Tilmeldte", "Venteliste", "Fremmødte"]
    found = {row[0]: row[1:] for row in rows[1:]}
    assert found[meeting.title] == ["04.06.2013", "2", "1", "40"]
    assert found["Væksthusdagen 2013"] == ["27.09.2013", "0", "0", "–"]  # none recorded


def test_a_bad_period_is_explained_in_danish(editor_client, db):
    page = editor_client.get(
        reverse("reports_dashboard"), {"preset": "custom", "start": "30.9.2013", "end": "1.1.2013"}
    ).content.decode()
    assert "Slutdatoen ligger før startdatoen." in page


def test_the_status_note_from_the_dashboard(editor_client, demo_content):
    url = reverse("reports_status_note")
    html = editor_client.get(url, {"aar": "2013", "periode": "1.1-30.9", "format": "html"})
    assert "527.131" in html.content.decode()
    pdf = editor_client.get(url, {"aar": "2013", "periode": "1.1-30.9"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert editor_client.get(url, {"aar": "2013", "periode": "x"}).status_code == 400


def test_only_editors_with_the_permission_see_it(client, django_user_model, db):
    user = django_user_model.objects.create_user("skribent", password="x")
    client.force_login(user)
    assert client.get(reverse("reports_dashboard")).status_code in (302, 403)
