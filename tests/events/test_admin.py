import pytest
from django.urls import reverse

from events.models import Registration
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_event(event_index):
    event = make_event(event_index, "Temadag med venteliste", capacity=1)
    for name, status in [("Anne", "confirmed"), ("Bo", "waiting")]:
        Registration.objects.create(
            event=event,
            name=name,
            organisation="Odense Kommune",
            email=f"{name}@odense.dk",
            status=status,
        )
    return event


def test_editor_sees_and_filters_registrations(admin_client, full_event):
    full_event.registrations.filter(name="Anne").update(note="Vegetar, kommer i kørestol")
    url = reverse("tilmeldinger:index")
    html = admin_client.get(url).content.decode()
    assert "Anne" in html and "Bo" in html and "Temadag med venteliste" in html
    assert "Bemærkning" in html and "Vegetar, kommer i kørestol" in html  # the note column

    waiting = admin_client.get(url, {"status": "waiting"}).content.decode()
    assert "Bo@odense.dk" in waiting and "Anne@odense.dk" not in waiting


def test_editor_exports_registrations_as_csv(admin_client, full_event):
    response = admin_client.get(reverse("tilmeldinger:index"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "Anne@odense.dk" in body and "Temadag med venteliste" in body
    assert "Venteliste" in body


def test_editor_cancelling_a_place_moves_the_waiting_list_up(admin_client, full_event):
    anne = full_event.registrations.get(name="Anne")
    response = admin_client.post(
        reverse("tilmeldinger:edit", args=[anne.pk]),
        {
            "event": full_event.pk,
            "name": "Anne",
            "organisation": "Odense Kommune",
            "email": "Anne@odense.dk",
            "note": "",
            "status": "cancelled",
        },
    )
    assert response.status_code == 302
    assert full_event.registrations.get(name="Bo").status == "confirmed"


def test_editor_can_open_the_event_editor(admin_client, event_index):
    event = make_event(event_index, "Temadag")
    assert (
        admin_client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/").status_code == 200
    )
    assert admin_client.get(f"/admin/pages/{event.pk}/edit/").status_code == 200


def test_a_name_that_looks_like_a_formula_is_exported_as_text(admin_client, full_event):
    # A registration's name and note come from the public form: in the secretariat's
    # spreadsheet they must be text, never a formula (CSV injection).
    full_event.registrations.filter(name="Anne").update(
        name='=HYPERLINK("http://evil.example","klik")', note="+45 1234"
    )
    response = admin_client.get(reverse("tilmeldinger:index"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in body and "'+45 1234" in body
    assert ",=HYPERLINK" not in body and ',"=HYPERLINK' not in body
