from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from newsletter.models import ConfirmationRequest, Subscriber
from tests.newsletter.conftest import sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_link(client, sections, address):
    sign_up(client, address)
    request = ConfirmationRequest.objects.get()
    return request, f"/nyhedsbrev/bekraeft/{request.token}/"


def test_opening_the_link_only_asks(client, request_link):
    """Mail scanners open every link: a GET shows the button and changes nothing."""
    request, link = request_link

    response = client.get(link)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Bekræft din tilmelding</h1>" in html
    assert f'<form method="post" action="{link}">' in html and "csrfmiddlewaretoken" in html
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    request.refresh_from_db()
    assert request.used_at is None


def test_the_button_confirms_once(client, request_link):
    request, link = request_link

    first = client.post(link)

    assert first.status_code == 200
    assert "<h1>Tak – du er nu tilmeldt nyhedsbrevet</h1>" in first.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at
    assert subscriber.consents.get().confirmed_at

    second = client.post(link)

    assert second.status_code == 200
    assert "<h1>Tilmeldingen er allerede bekræftet</h1>" in second.content.decode()
    assert Subscriber.objects.get().confirmed_at == subscriber.confirmed_at


def test_the_link_still_works_on_the_seventh_day(client, request_link):
    request, link = request_link
    request.created_at = timezone.now() - timedelta(days=6, hours=23)
    request.save()

    assert client.post(link).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_the_link_expires_after_seven_days_and_offers_a_new_sign_up(client, request_link):
    request, link = request_link
    request.created_at = timezone.now() - timedelta(days=7, minutes=1)
    request.save()

    assert client.get(link).status_code == 410
    response = client.post(link)

    assert response.status_code == 410
    html = response.content.decode()
    assert "<h1>Linket er udløbet</h1>" in html
    assert 'action="/nyhedsbrev/"' in html.split("<main")[1].split("</main>")[0]
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_unknown_link_says_so_and_offers_a_new_sign_up(client, sections):
    response = client.get("/nyhedsbrev/bekraeft/findes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Linket virker ikke</h1>" in html
    assert "Tilmeld dig igen" in html


def test_a_link_of_an_unsubscribed_address_no_longer_works(client, request_link):
    request, link = request_link
    client.post(f"/nyhedsbrev/afmeld/{request.subscriber.token}/")

    assert client.post(link).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_the_confirmation_is_protected_against_forged_posts(request_link):
    request, link = request_link
    assert Client(enforce_csrf_checks=True).post(link).status_code == 403
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
