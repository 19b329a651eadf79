from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import Registration
from events.registration import fill_free_places
from tests.events.conftest import confirm_path, make_event, new_address, registration_data

pytestmark = pytest.mark.django_db


def statuses(event):
    return list(event.registrations.order_by("pk").values_list("status", flat=True))


def test_registration_holds_a_place_until_the_address_is_confirmed(
    client, event_index, post_registration
):
    event = make_event(event_index, capacity=2)

    response = post_registration(event)

    assert response.status_code == 302
    assert response.url == event.url + "tilmeldt/afventer/"
    registration = Registration.objects.get()
    assert (registration.name, registration.organisation) == ("Mette Hansen", "Aarhus Kommune")
    assert registration.status == Registration.Status.PENDING
    html = client.get(response.url).content.decode()
    assert "Bekræft din tilmelding" in html and "inden for 30 minutter" in html
    assert 'tilmeld/"' not in html and 'name="organisation"' not in html  # no form again
    assert "Der er 1 ledig plads" in client.get(event.url).content.decode()

    page = client.get(confirm_path(registration))  # a mail scanner: nothing changes
    assert "Bekræft tilmeldingen</button>" in page.content.decode()
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING

    confirmed = client.post(confirm_path(registration))
    assert confirmed.url == event.url + "tilmeldt/bekraeftet/"
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    html = client.get(confirmed.url).content.decode()
    assert "Du er tilmeldt" in html
    assert 'tilmeld/"' not in html and 'name="organisation"' not in html
    assert client.post(confirm_path(registration)).url == confirmed.url  # twice: the same


def test_full_event_puts_people_on_the_waiting_list(client, event_index, sign_up):
    event = make_event(event_index, capacity=1)
    sign_up(event, email="forste@kommune.dk")

    page = client.get(event.url).content.decode()
    assert "Skriv mig på ventelisten" in page
    response = sign_up(event, email="anden@kommune.dk")

    assert response.url == event.url + "tilmeldt/venteliste/"
    assert statuses(event) == ["confirmed", "waiting"]
    assert "Du er på venteliste" in client.get(response.url).content.decode()


def test_a_second_sign_up_with_the_same_address_is_answered_as_a_new_one(
    event_index, post_registration, sign_up
):
    event = make_event(event_index, capacity=5)
    sign_up(event, email="mette@aarhus.dk")

    response = post_registration(event, email="Mette@Aarhus.DK", name="Mette H.")

    # Strangers learn nothing about who is registered; the owner is mailed (test_mail.py).
    assert response.status_code == 302
    assert response.url == event.url + "tilmeldt/afventer/"
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_same_email_may_register_for_another_event(event_index, post_registration):
    first = make_event(event_index, "Første", capacity=5)
    second = make_event(event_index, "Anden", capacity=5)
    post_registration(first)
    assert post_registration(second).url == second.url + "tilmeldt/afventer/"
    assert Registration.objects.count() == 2


def test_errors_are_danish_tied_to_fields_and_keep_the_input(event_index, post_registration):
    event = make_event(event_index, capacity=5)

    response = post_registration(event, name="", email="ikke-en-adresse", note="Vegetar")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Tilmeldingen er ikke sendt" in html
    assert "Skriv dit navn." in html
    assert "Skriv en gyldig e-mailadresse, fx navn@kommune.dk." in html
    assert 'aria-describedby="id_email_error"' in html and 'id="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'value="Aarhus Kommune"' in html and 'value="ikke-en-adresse"' in html
    assert "Vegetar</textarea>" in html
    assert Registration.objects.count() == 0


def test_registration_closes_at_the_deadline(client, event_index, post_registration):
    event = make_event(
        event_index, capacity=5, registration_deadline=timezone.now() - timedelta(hours=1)
    )
    page = client.get(event.url).content.decode()
    assert "Tilmeldingen er lukket. Fristen var" in page
    assert "Tilmeld mig" not in page

    response = post_registration(event)

    assert response.status_code == 409
    assert "Tilmeldingen er lukket. Fristen var" in response.content.decode()
    assert Registration.objects.count() == 0


def test_past_events_take_no_registrations(client, event_index, post_registration):
    event = make_event(event_index, capacity=5, starts_in=-timedelta(days=2))
    assert "Føj til din kalender" not in client.get(event.url).content.decode()
    upcoming = make_event(event_index, "Kommende", capacity=5)
    assert "Føj til din kalender" in client.get(upcoming.url).content.decode()
    response = post_registration(event)
    assert "Arrangementet er afholdt, så tilmeldingen er lukket." in response.content.decode()
    assert Registration.objects.count() == 0


def test_event_without_capacity_has_no_form(client, event_index, post_registration):
    event = make_event(event_index, capacity=None)
    html = client.get(event.url).content.decode()
    assert 'id="tilmelding"' not in html and "Tilmeld mig" not in html
    response = post_registration(event)
    assert response.status_code == 409
    assert "Der er ikke tilmelding til dette arrangement her på siden." in response.content.decode()
    assert Registration.objects.count() == 0


@pytest.mark.parametrize("capacity", [5, None])
def test_rate_limited_posts_to_past_events_say_why(
    client, event_index, monkeypatch, settings, capacity
):
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 4102444800)
    settings.EVENTS_REGISTRATION_RATE = "1/m"
    event = make_event(event_index, capacity=capacity, starts_in=-timedelta(days=2))
    address = new_address()
    responses = [
        client.post(event.url + "tilmeld/", registration_data(), REMOTE_ADDR=address)
        for _ in range(2)
    ]
    assert responses[0].status_code == 409
    assert responses[1].status_code == 429
    assert "Vent et par minutter" in responses[1].content.decode()


def test_rate_limit_stops_a_flood_with_a_danish_message(client, event_index, monkeypatch, settings):
    # One fixed time window, so the count cannot start over midway through the test.
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 4102444800)
    settings.EVENTS_REGISTRATION_RATE = "4/m"  # the setting, not a number in the view
    event = make_event(event_index, capacity=100)
    address = new_address()
    responses = [
        client.post(
            event.url + "tilmeld/",
            registration_data(email=f"person{n}@kommune.dk"),
            REMOTE_ADDR=address,
        )
        for n in range(5)
    ]
    assert [r.status_code for r in responses[:4]] == [302] * 4
    assert responses[4].status_code == 429
    assert "Vent et par minutter" in responses[4].content.decode()
    assert Registration.objects.count() == 4


def test_get_on_the_form_address_leads_back_to_the_form(client, event_index):
    event = make_event(event_index, capacity=5)
    response = client.get(event.url + "tilmeld/")
    assert response.status_code == 302
    assert response.url == event.url + "#tilmelding"


def test_cancelled_place_goes_to_the_first_on_the_waiting_list(event_index):
    event = make_event(event_index, capacity=1)
    people = [
        Registration.objects.create(
            event=event, name=name, organisation="X", email=f"{name}@x.dk", status=status
        )
        for name, status in [("a", "confirmed"), ("b", "waiting"), ("c", "waiting")]
    ]
    people[0].status = Registration.Status.CANCELLED
    people[0].save()

    fill_free_places(event.pk)

    assert statuses(event) == ["cancelled", "confirmed", "waiting"]


def test_form_is_csrf_protected(event_index):
    from django.test import Client

    event = make_event(event_index, capacity=5)
    response = Client(enforce_csrf_checks=True).post(event.url + "tilmeld/", registration_data())
    assert response.status_code == 403
    assert Registration.objects.count() == 0


def test_publishing_more_places_moves_the_waiting_list_up(event_index):
    event = make_event(event_index, capacity=1)
    for name, status in [("a", "confirmed"), ("b", "waiting")]:
        Registration.objects.create(
            event=event, name=name, organisation="X", email=f"{name}@x.dk", status=status
        )
    event.capacity = 2
    event.save_revision().publish()
    assert statuses(event) == ["confirmed", "confirmed"]
