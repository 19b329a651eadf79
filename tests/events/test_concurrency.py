import threading

import pytest
from django.db import connection
from django.test import Client

from events.models import Registration
from events.registration import confirm_registration
from tests.events.conftest import make_event, new_address, registration_data

PEOPLE = 8
PLACES = 3


def register_at_once(event, count):
    """Each thread signs up through the site with its own database connection, all released
    at the same moment."""
    start = threading.Barrier(count)
    answers = [None] * count

    def sign_up(number):
        try:
            start.wait()
            answers[number] = Client().post(
                event.url + "tilmeld/",
                registration_data(email=f"deltager{number}@kommune.dk"),
                REMOTE_ADDR=new_address(),
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_overbook(event_index):
    event = make_event(event_index, capacity=PLACES)

    answers = register_at_once(event, PEOPLE)

    assert all(answer is not None and answer.status_code == 302 for answer in answers)
    registrations = Registration.objects.filter(event=event)
    assert registrations.count() == PEOPLE
    assert registrations.filter(status="pending").count() == PEOPLE
    assert registrations.filter(held_until__isnull=False).count() == PLACES
    assert {answer.url.rsplit("/", 2)[1] for answer in answers} == {"afventer"}

    for registration in registrations:  # each confirms the address from the mail
        confirm_registration(registration)
    assert registrations.filter(status="confirmed").count() == PLACES
    assert registrations.filter(status="waiting").count() == PEOPLE - PLACES


@pytest.mark.django_db(transaction=True)
def test_parallel_duplicates_are_saved_once(event_index):
    event = make_event(event_index, capacity=PLACES)
    start = threading.Barrier(4)
    codes = []

    def sign_up():
        try:
            start.wait()
            response = Client().post(
                event.url + "tilmeld/", registration_data(), REMOTE_ADDR=new_address()
            )
            codes.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert codes == [302] * 4  # each answered as a new sign-up; the owner is mailed
    assert Registration.objects.filter(event=event).count() == 1
