import json

import pytest
from django.test import Client

from newsletter import subscriptions
from newsletter.models import Consent, Subscriber, hash_email
from newsletter.policy import CONSENT_TEXT, CONSENT_VERSION
from tests.newsletter.conftest import new_ip, sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscriber(sections, address):
    request = subscriptions.sign_up(address, sections[:2], Consent.Source.FOOTER)
    subscriptions.confirm(request.token)
    return Subscriber.objects.get()


def unsubscribe_path(subscriber):
    return f"/nyhedsbrev/afmeld/{subscriber.token}/"


def preferences_path(subscriber):
    return f"/nyhedsbrev/indstillinger/{subscriber.token}/"


def test_unsubscribe_get_only_asks(client, subscriber):
    response = client.get(unsubscribe_path(subscriber))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Afmeld nyhedsbrevet</h1>" in html
    assert "Ja, afmeld mig" in html
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_one_click_post_without_csrf_token_unsubscribes_at_once(subscriber, address):
    mail_provider = Client(enforce_csrf_checks=True, REMOTE_ADDR=new_ip())

    response = mail_provider.post(
        unsubscribe_path(subscriber),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "<h1>Du er nu afmeldt nyhedsbrevet</h1>" in response.content.decode()
    withdrawn = Subscriber.objects.get()
    assert withdrawn.status == Subscriber.Status.UNSUBSCRIBED
    assert withdrawn.unsubscribed_at
    # Only what proves the withdrawal is kept.
    assert withdrawn.email is None
    assert withdrawn.email_hash == hash_email(address)
    assert not withdrawn.sections.exists()
    assert not withdrawn.confirmation_requests.exists()
    consent = withdrawn.consents.get()
    assert consent.withdrawn_at == withdrawn.unsubscribed_at
    assert (consent.text, consent.version) == (CONSENT_TEXT, CONSENT_VERSION)


def test_a_second_unsubscribe_says_already_unsubscribed(client, subscriber):
    client.post(unsubscribe_path(subscriber))
    for response in (
        client.post(unsubscribe_path(subscriber)),
        client.get(unsubscribe_path(subscriber)),
    ):
        assert "<h1>Du er allerede afmeldt</h1>" in response.content.decode()


def test_an_unknown_unsubscribe_link_is_not_found(client, sections):
    assert client.post("/nyhedsbrev/afmeld/findes-ikke/").status_code == 404


def test_signing_up_again_after_unsubscribing_starts_afresh(client, subscriber, address):
    client.post(unsubscribe_path(subscriber))
    sign_up(client, address)

    assert Subscriber.objects.filter(status=Subscriber.Status.UNSUBSCRIBED).count() == 1
    assert Subscriber.objects.get(email=address).status == Subscriber.Status.PENDING


def test_preferences_show_the_chosen_sections(client, subscriber, sections):
    html = client.get(preferences_path(subscriber)).content.decode()
    assert "<h1>Dine indstillinger for nyhedsbrevet</h1>" in html
    assert subscriber.email in html
    assert html.count("checked") == 2


def test_preferences_change_sections(client, subscriber, sections):
    response = client.post(preferences_path(subscriber), {"sections": [sections[2].pk]})

    assert "Dine valg er gemt." in response.content.decode()
    assert list(subscriber.sections.all()) == [sections[2]]


def test_preferences_need_at_least_one_section(client, subscriber):
    response = client.post(preferences_path(subscriber), {})

    html = response.content.decode()
    assert "Vælg mindst ét væksthus – eller afmeld nyhedsbrevet." in html
    assert 'id="id_sections_error"' in html
    assert subscriber.sections.count() == 2


def test_preferences_are_protected_against_forged_posts(subscriber, sections):
    forger = Client(enforce_csrf_checks=True, REMOTE_ADDR=new_ip())
    response = forger.post(preferences_path(subscriber), {"sections": [sections[2].pk]})
    assert response.status_code == 403
    assert subscriber.sections.count() == 2


def test_data_download_holds_everything_stored(client, subscriber, address):
    response = client.get(preferences_path(subscriber) + "data/")

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["email"] == address
    assert data["sections"] == ["Væksthus for topledere", "Væksthus for mellemledere"]
    assert data["confirmed_at"]
    [consent] = data["consents"]
    assert consent["text"] == CONSENT_TEXT
    assert consent["version"] == CONSENT_VERSION
    assert consent["source"] == "Formularen i sidefoden"
    assert consent["confirmed_at"] and consent["withdrawn_at"] is None


def test_delete_needs_the_confirmation_box(client, subscriber):
    response = client.post(preferences_path(subscriber) + "slet/", {})

    html = response.content.decode()
    assert "Sæt flueben, hvis du vil slette dine oplysninger." in html
    assert 'aria-describedby="slet-confirm_error"' in html
    assert Subscriber.objects.exists()


def test_delete_removes_the_subscriber_entirely(client, subscriber):
    response = client.post(preferences_path(subscriber) + "slet/", {"confirm": "on"})

    assert "<h1>Dine oplysninger er slettet</h1>" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not Consent.objects.exists()
    assert client.get(preferences_path(subscriber)).status_code == 404
