"""Signing up and in by a mailed link: it expires, works once, and nobody learns from the
answers whether an address is known."""

import pytest

from courses.models import Participant
from courses.tasks import send_sign_in_link
from tests.courses.conftest import link_in, make_participant, new_address
from tests.support import queued_task_names

pytestmark = pytest.mark.django_db

CHECK_MAIL = "/kursusdeltager/tjek-din-mail/"


def sign_up(client, **overrides):
    data = {
        "name": "Mette Hansen",
        "email": "mette@aarhus.dk",
        "organisation": "Aarhus Kommune",
        "next": "/e-kurser/ledere-der-laerer-sammen/",
        **overrides,
    }
    return client.post("/kursusdeltager/tilmeld/", data, REMOTE_ADDR=new_address())


def mailed_link(mailoutbox, participant, next_path=""):
    send_sign_in_link(participant.pk, next_path)
    [message] = mailoutbox
    mailoutbox.clear()
    assert message.to == [participant.email]
    assert "virker én gang og i 60 minutter" in message.body
    return link_in(message.body)


def test_sign_up_saves_the_participant_and_queues_the_link_after_commit(
    client, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = sign_up(client)
    assert response.status_code == 302 and response.url == CHECK_MAIL
    participant = Participant.objects.get()
    assert (participant.name, participant.organisation) == ("Mette Hansen", "Aarhus Kommune")
    assert queued_task_names(callbacks) == ["courses.tasks.send_sign_in_link"]


def test_bad_sign_up_keeps_what_was_typed_and_says_what_is_wrong_in_danish(client, course):
    response = sign_up(client, email="mette@", name="Mette Æbelø")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Skriv en gyldig e-mailadresse" in html
    assert 'value="Mette Æbelø"' in html
    assert not Participant.objects.exists()


def test_a_bad_hidden_value_is_named_too(client, course):
    """What the reader cannot see is still said: else the 400 has no reason on it."""
    response = sign_up(client, next="/e-kurser/\x00")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Feltet indeholder et ugyldigt tegn (NUL). Fjern det." in html
    assert not Participant.objects.exists()


def test_known_and_unknown_addresses_get_the_same_answer(
    client, course, django_capture_on_commit_callbacks
):
    make_participant()
    with django_capture_on_commit_callbacks() as known:
        again = sign_up(client, name="Someone Else")
        asked = client.post(
            "/kursusdeltager/nyt-link/", {"email": "METTE@aarhus.dk"}, REMOTE_ADDR=new_address()
        )
    with django_capture_on_commit_callbacks() as unknown:
        stranger = client.post(
            "/kursusdeltager/nyt-link/", {"email": "ukendt@x.dk"}, REMOTE_ADDR=new_address()
        )
    assert {again.url, asked.url, stranger.url} == {CHECK_MAIL}
    assert Participant.objects.get().name == "Mette Hansen"  # a stranger renames nobody
    assert queued_task_names(known) == ["courses.tasks.send_sign_in_link"] * 2
    assert queued_task_names(unknown) == []


def test_the_mailed_link_signs_in_once_and_leads_back_to_the_course(
    client, course, participant, mailoutbox
):
    link = mailed_link(mailoutbox, participant, "/e-kurser/ledere-der-laerer-sammen/")
    page = client.get(link)  # a mail scanner's GET uses nothing
    assert page.status_code == 200 and "Log ind" in page.content.decode()
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert response.url == "/e-kurser/ledere-der-laerer-sammen/"
    assert "Logget ind som Mette Hansen" in client.get(response.url).content.decode()
    assert client.session.get_expiry_age() > 100 * 24 * 3600  # the session lasts

    again = client.post(link)
    html = again.content.decode()
    assert again.status_code == 410
    assert "Linket er allerede brugt" in html
    assert 'action="/kursusdeltager/nyt-link/"' in html


def test_an_expired_link_says_so_and_offers_a_new_one(
    client, course, participant, mailoutbox, settings
):
    link = mailed_link(mailoutbox, participant)
    settings.COURSES_SIGN_IN_LINK_MINUTES = -1
    response = client.post(link)
    html = response.content.decode()
    assert response.status_code == 410
    assert "Linket er udløbet" in html
    assert "Send mig et nyt link" in html
    assert "course_participant" not in client.session


def test_a_forged_link_signs_nobody_in(client, participant):
    response = client.post("/kursusdeltager/log-ind/eyJwIjoxfQ:forged:sig/")
    assert response.status_code == 404
    assert "Linket er ugyldigt" in response.content.decode()


def test_link_requests_are_limited_per_address_from_many_clients(client, participant, settings):
    settings.COURSES_LINK_ADDRESS_RATE = "3/h"
    answers = [
        client.post(
            "/kursusdeltager/nyt-link/", {"email": "mette@aarhus.dk"}, REMOTE_ADDR=new_address()
        ).status_code
        for _ in range(4)
    ]
    assert answers == [302, 302, 302, 429]


def test_sign_ups_are_limited_per_client(client, course, settings):
    settings.COURSES_LINK_RATE = "2/h"
    answers = [
        client.post(
            "/kursusdeltager/tilmeld/",
            {"name": "A", "email": f"a{i}@x.dk", "organisation": "X"},
            REMOTE_ADDR="10.99.0.1",
        ).status_code
        for i in range(3)
    ]
    assert answers == [302, 302, 429]
    assert (
        "Vent en time"
        in client.post(
            "/kursusdeltager/nyt-link/", {"email": "b@x.dk"}, REMOTE_ADDR="10.99.0.1"
        ).content.decode()
    )
