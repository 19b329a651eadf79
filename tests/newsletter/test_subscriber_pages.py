import json
from datetime import timedelta

import pytest
from django.test import Client

from newsletter import subscriptions
from newsletter.links import preferences_key
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
    return f"/nyhedsbrev/indstillinger/{preferences_key(subscriber)}/"


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


def test_choosing_no_section_means_all_three_on_both_pages(client, subscriber, sections):
    rule = "Vælger du ingen, får du alle tre."
    assert rule in client.get("/nyhedsbrev/").content.decode()
    assert rule in client.get(preferences_path(subscriber)).content.decode()

    response = client.post(preferences_path(subscriber), {})

    assert response.status_code == 200 and "Dine valg er gemt." in response.content.decode()
    assert list(subscriber.sections.order_by("number")) == sections
    assert response.content.decode().count("checked") == 3


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


def test_the_mails_preferences_link_is_signed(subscriber):
    url = subscriber.preferences_url
    assert url.startswith("http") and preferences_path(subscriber) in url
    assert f"/indstillinger/{subscriber.token}/" not in url


def later(days):
    """A moment `days` from now, as the signer's clock sees it."""
    import time

    return time.time() + timedelta(days=days).total_seconds()


@pytest.mark.parametrize("suffix", ["", "data/"])
def test_the_preferences_link_works_for_thirty_days(client, subscriber, suffix, monkeypatch):
    path = preferences_path(subscriber) + suffix
    at = later(29)
    monkeypatch.setattr("django.core.signing.time.time", lambda: at)
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("suffix", ["", "data/"])
def test_an_expired_preferences_link_offers_a_fresh_one(client, subscriber, suffix, monkeypatch):
    path = preferences_path(subscriber) + suffix
    at = later(31)
    monkeypatch.setattr("django.core.signing.time.time", lambda: at)
    response = client.get(path)
    assert response.status_code == 410
    html = response.content.decode()
    assert "<h1>Få et nyt link til dine indstillinger</h1>" in html
    assert 'action="/nyhedsbrev/indstillinger/"' in html
    assert subscriber.email not in html


def test_an_expired_link_changes_and_deletes_nothing(client, subscriber, sections, monkeypatch):
    path = preferences_path(subscriber)
    at = later(31)
    monkeypatch.setattr("django.core.signing.time.time", lambda: at)
    assert client.post(path, {"sections": [sections[2].pk]}).status_code == 410
    assert client.post(path + "slet/", {"confirm": "on"}).status_code == 410
    assert subscriber.sections.count() == 2


def test_an_old_unsigned_link_counts_as_expired(client, subscriber):
    assert client.get(f"/nyhedsbrev/indstillinger/{subscriber.token}/").status_code == 410


def test_a_forged_key_is_not_found(client, subscriber):
    forged = preferences_key(subscriber)[:-3] + "abc"
    assert client.get(f"/nyhedsbrev/indstillinger/{forged}/").status_code == 404


def main_part(response):
    return response.content.decode().split("<main")[1].split("</main>")[0]


def test_a_fresh_link_is_mailed_to_a_subscriber_only(client, subscriber, address):
    from newsletter.models import ConfirmationRequest

    sent = client.post("/nyhedsbrev/indstillinger/", {"email": address.upper()})
    unknown = client.post("/nyhedsbrev/indstillinger/", {"email": "ukendt@kommune.dk"})
    assert sent.status_code == unknown.status_code == 200
    assert "<h1>Tjek din indbakke</h1>" in sent.content.decode()
    assert main_part(sent) == main_part(unknown)
    kind = ConfirmationRequest.Kind.PREFERENCES_LINK
    assert ConfirmationRequest.objects.filter(kind=kind, subscriber=subscriber).count() == 1
    client.post("/nyhedsbrev/indstillinger/", {"email": address})  # the same day: no second
    assert ConfirmationRequest.objects.filter(kind=kind).count() == 1


def test_the_fresh_link_form_answers_a_bad_address_with_400(client, sections):
    response = client.post("/nyhedsbrev/indstillinger/", {"email": "leder@"})
    assert response.status_code == 400
    assert "Skriv en gyldig e-mailadresse" in response.content.decode()


def test_the_data_page_is_readable_with_danish_labels(client, subscriber, address):
    path = preferences_path(subscriber)  # signed with a timestamp: a second call can differ
    response = client.get(path + "oplysninger/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Dine oplysninger i nyhedsbrevet</h1>" in html
    assert "<dt>E-mailadresse</dt><dd>" + address in html
    assert "Væksthus for topledere, Væksthus for mellemledere" in html
    assert "<dt>Formular</dt><dd>Formularen i sidefoden</dd>" in html
    assert 'href="' + path + 'data/"' in html
