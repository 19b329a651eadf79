import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration
from events.tokens import make_token

_addresses = itertools.count(1)


def new_address():
    """A client address of its own for each request, so the rate limit counts only where a
    test means it to."""
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


def make_event(index, title="Temadag om ledelse", starts_in=timedelta(days=30), **fields):
    start = timezone.now() + starts_in
    fields = {
        "start": start,
        "end": start + timedelta(hours=3),
        "venue_name": "KL",
        "venue_address": "Weidekampsgade 10, 2300 København S",
        **fields,
    }
    event = EventPage(title=title, **fields)
    index.add_child(instance=event)
    return event


def registration_data(**overrides):
    return {
        "name": "Mette Hansen",
        "organisation": "Aarhus Kommune",
        "email": "mette@aarhus.dk",
        "note": "",
        **overrides,
    }


@pytest.fixture
def event_index(tree):
    index = EventIndexPage(title="Arrangementer", slug="arrangementer", show_in_menus=True)
    tree.add_child(instance=index)
    return index


@pytest.fixture
def post_registration(client):
    def post(event, **overrides):
        return client.post(
            event.url + "tilmeld/", registration_data(**overrides), REMOTE_ADDR=new_address()
        )

    return post


def confirm_path(registration):
    return registration.event.url + f"bekraeft/{make_token(registration, 'confirm')}/"


@pytest.fixture
def sign_up(client, post_registration):
    """Registers and confirms the address as the mailed link does; the confirm answer."""

    def sign_up(event, **overrides):
        response = post_registration(event, **overrides)
        assert response.status_code == 302, response.content.decode()[-2000:]
        email = overrides.get("email", registration_data()["email"])
        registration = Registration.objects.get(event=event, email__iexact=email)
        return client.post(confirm_path(registration))

    return sign_up
