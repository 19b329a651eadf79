from datetime import UTC, timedelta

import pytest
from django.conf import settings
from icalendar import Calendar

from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def test_calendar_file_reads_back_as_the_event(client, event_index):
    event = make_event(
        event_index,
        "Erfaringsdag for projektledere",
        introduction="En dag for alle projektledere.",
        starts_in=timedelta(days=10),
    )

    response = client.get(event.url + "kalender.ics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "erfaringsdag-for-projektledere.ics" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Erfaringsdag for projektledere"
    assert entry.decoded("DTSTART") == event.start.astimezone(UTC).replace(microsecond=0)
    assert entry.decoded("DTEND") == event.end.astimezone(UTC).replace(microsecond=0)
    assert str(entry["LOCATION"]) == "KL, Weidekampsgade 10, 2300 København S"
    url = f"{settings.SITE_URL}/arrangementer/erfaringsdag-for-projektledere/"
    assert str(entry["URL"]) == url
    assert "En dag for alle projektledere." in str(entry["DESCRIPTION"])
    assert str(entry["UID"]).startswith(f"arrangement-{event.pk}@")


def test_event_page_links_to_its_calendar_file(client, event_index):
    event = make_event(event_index, "Temadag")
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}kalender.ics"' in html


def test_calendar_file_only_for_live_events(client, event_index):
    event = make_event(event_index, "Kladde")
    event.unpublish()
    assert client.get(event.url + "kalender.ics").status_code == 404
    assert client.get("/arrangementer/kalender.ics").status_code == 404
    assert client.get("/arrangementer/findes-ikke/kalender.ics").status_code == 404
