"""A place is the participant's only once the address is confirmed from the mailed link;
meanwhile it is held for EVENTS_PENDING_HOLD_MINUTES, and beat releases what nobody confirms."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from events.models import Registration
from events.registration import release_unconfirmed
from tests.events.conftest import confirm_path, make_event

pytestmark = pytest.mark.django_db


def later(minutes):
    return timezone.now() + timedelta(minutes=minutes)


def test_invented_addresses_do_not_fill_an_event(client, event_index, post_registration, sign_up):
    event = make_event(event_index, capacity=5)
    for number in range(7):
        assert post_registration(event, email=f"opdigtet{number}@example.com").status_code == 302
    assert "Fuldt booket" in client.get(event.url).content.decode()  # held for a while

    assert release_unconfirmed(now=later(settings.EVENTS_PENDING_HOLD_MINUTES + 1)) == 7

    assert Registration.objects.count() == 0  # nothing kept of addresses nobody confirmed
    assert "5 ledige pladser" in client.get(event.url).content.decode()
    assert sign_up(event).url == event.url + "tilmeldt/bekraeftet/"


def test_a_released_hold_moves_the_waiting_list_up(event_index, post_registration, sign_up):
    event = make_event(event_index, capacity=1)
    post_registration(event, email="opdigtet@example.com")  # holds the one place
    assert sign_up(event, email="rigtig@kommune.dk").url.endswith("tilmeldt/venteliste/")

    release_unconfirmed(now=later(settings.EVENTS_PENDING_HOLD_MINUTES + 1))

    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_holds_younger_than_the_limit_stay(event_index, post_registration):
    event = make_event(event_index, capacity=1)
    post_registration(event)
    assert release_unconfirmed(now=later(settings.EVENTS_PENDING_HOLD_MINUTES - 1)) == 0
    assert Registration.objects.get().status == Registration.Status.PENDING


def test_a_confirmation_after_the_hold_ran_out_gets_a_free_place(
    client, event_index, post_registration
):
    event = make_event(event_index, capacity=1)
    post_registration(event)
    registration = Registration.objects.get()
    Registration.objects.filter(pk=registration.pk).update(held_until=timezone.now())

    assert client.post(confirm_path(registration)).url.endswith("tilmeldt/bekraeftet/")


def test_an_expired_link_says_so_in_danish(client, event_index, post_registration):
    event = make_event(event_index, capacity=1)
    post_registration(event)
    path = confirm_path(Registration.objects.get())
    release_unconfirmed(now=later(settings.EVENTS_PENDING_HOLD_MINUTES + 1))

    response = client.post(path)

    assert response.status_code == 404
    assert "Linket virker ikke længere" in response.content.decode()
    assert client.get(event.url + "bekraeft/1-forfalsket/").status_code == 404


def test_the_confirm_form_is_csrf_protected(event_index, post_registration):
    from django.test import Client

    event = make_event(event_index, capacity=1)
    post_registration(event)
    registration = Registration.objects.get()
    assert Client(enforce_csrf_checks=True).post(confirm_path(registration)).status_code == 403
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING
