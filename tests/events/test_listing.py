from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Registration
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def section(html, heading):
    """The part of the page under one h2 up to the next."""
    return html.split(f">{heading}</h2>")[1].split("<h2")[0]


def test_upcoming_and_past_events_are_listed_apart(client, event_index):
    make_event(event_index, "Om en måned", starts_in=timedelta(days=30))
    make_event(event_index, "I morgen", starts_in=timedelta(days=1))
    make_event(event_index, "I går", starts_in=timedelta(days=-1))
    make_event(event_index, "Sidste år", starts_in=timedelta(days=-365))

    html = client.get("/arrangementer/").content.decode()

    upcoming = section(html, "Kommende arrangementer")
    past = section(html, "Tidligere arrangementer")
    assert upcoming.index("I morgen") < upcoming.index("Om en måned")
    assert past.index("I går") < past.index("Sidste år")
    assert "I går" not in upcoming and "I morgen" not in past


def test_an_event_under_way_is_still_upcoming(client, event_index):
    make_event(event_index, "Er i gang", starts_in=timedelta(hours=-1))
    html = client.get("/arrangementer/").content.decode()
    assert "Er i gang" in section(html, "Kommende arrangementer")


def test_past_events_are_paginated_newest_first(client, event_index):
    for days in range(1, 13):
        make_event(
            event_index, f"Arrangement {days:02d} dage siden", starts_in=-timedelta(days=days)
        )

    first = client.get("/arrangementer/").content.decode()
    second = client.get("/arrangementer/?side=2").content.decode()

    assert "Arrangement 01 dage siden" in first and "Arrangement 11 dage siden" not in first
    assert "Arrangement 11 dage siden" in second and "Arrangement 12 dage siden" in second
    assert "Side 1 af 2" in first
    assert 'href="?side=2#tidligere"' in first


def test_list_shows_places_left_and_full_events(client, event_index):
    open_event = make_event(event_index, "Med pladser", capacity=10)
    full = make_event(event_index, "Udsolgt", capacity=1)
    Registration.objects.create(event=open_event, name="A", organisation="B", email="a@b.dk")
    Registration.objects.create(event=full, name="A", organisation="B", email="a@b.dk")

    html = client.get("/arrangementer/").content.decode()

    assert "9 ledige pladser" in html
    assert "Fuldt booket – tilmelding til venteliste" in html


def test_empty_index_says_so_in_danish(client, event_index):
    html = client.get("/arrangementer/").content.decode()
    assert "Der er ingen kommende arrangementer lige nu." in html


def queries_for_index(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/arrangementer/").status_code == 200
    return len(queries)


def add_events(index, count, sections):
    for number in range(count):
        event = make_event(
            index,
            f"Arrangement {number}",
            starts_in=timedelta(days=number - count // 2),
            capacity=20,
        )
        event.vaeksthuse = sections
        event.save()
        Registration.objects.create(event=event, name="A", organisation="B", email="a@b.dk")


def test_index_queries_stay_constant_as_events_grow(client, event_index):
    from lederweb.models import SectionPage

    sections = list(SectionPage.objects.all()[:2])
    add_events(event_index, 10, sections)
    client.get("/arrangementer/")  # warm the per-process caches (site, content types)
    with_ten = queries_for_index(client)
    add_events(event_index, 30, sections)  # a query per event would show thirty times
    client.get("/arrangementer/")  # publishing moved the site generation: warm again
    with_forty = queries_for_index(client)
    assert with_ten == with_forty
