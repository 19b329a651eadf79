import pytest

from events.models import Registration
from events.tokens import make_token
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def register(event, email, status):
    return Registration.objects.create(
        event=event, name="Mette", organisation="X", email=email, status=status
    )


def cancel_path(registration):
    return registration.event.url + f"afmeld/{make_token(registration, 'cancel')}/"


def test_get_asks_and_post_cancels_and_moves_the_waiting_list_up(client, event_index):
    event = make_event(event_index, capacity=1)
    place = register(event, "a@x.dk", "confirmed")
    waiting = register(event, "b@x.dk", "waiting")

    page = client.get(cancel_path(place)).content.decode()
    assert "Vil du afmelde <strong>Mette</strong>" in page and "Ja, afmeld mig" in page
    place.refresh_from_db()
    assert place.status == "confirmed"

    response = client.post(cancel_path(place))
    assert response.status_code == 302
    place.refresh_from_db()
    waiting.refresh_from_db()
    assert (place.status, waiting.status) == ("cancelled", "confirmed")
    again = client.get(cancel_path(place)).content.decode()
    assert "Du er afmeldt" in again and "Ja, afmeld mig" not in again
    assert client.post(cancel_path(place)).status_code == 302  # twice changes nothing
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_forged_or_foreign_links_find_nothing(client, event_index):
    event = make_event(event_index, capacity=1)
    other = make_event(event_index, "Andet", capacity=1)
    place = register(event, "a@x.dk", "confirmed")
    token = make_token(place, "cancel")

    assert client.get(event.url + f"afmeld/{place.pk}-forfalsket/").status_code == 404
    assert client.post(other.url + f"afmeld/{token}/").status_code == 404
    assert client.post(event.url + f"afmeld/{make_token(place, 'confirm')}/").status_code == 404
    place.refresh_from_db()
    assert place.status == "confirmed"


def test_the_cancel_form_is_csrf_protected(event_index):
    from django.test import Client

    event = make_event(event_index, capacity=1)
    place = register(event, "a@x.dk", "confirmed")
    assert Client(enforce_csrf_checks=True).post(cancel_path(place)).status_code == 403
    place.refresh_from_db()
    assert place.status == "confirmed"
