from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsletter.models import ConfirmationRequest, Consent, Subscriber
from newsletter.policy import CONSENT_TEXT, CONSENT_VERSION
from tests.newsletter.conftest import sign_up

pytestmark = pytest.mark.django_db

THANKS = "/nyhedsbrev/tak/"


def test_signup_page_has_the_form_the_consent_text_and_all_sections_chosen(client, sections):
    html = client.get("/nyhedsbrev/").content.decode()
    assert "<h1>Tilmeld dig nyhedsbrevet</h1>" in html
    assert 'name="email"' in html
    assert CONSENT_TEXT in html
    assert html.count('name="sections"') == 3
    assert html.count("checked") == 3
    for section in sections:
        assert section.title in html


def test_signup_stores_a_pending_subscriber_its_consent_and_an_unsent_mail(
    client, sections, address
):
    response = sign_up(client, f"  {address.upper()} ", sections=[sections[1].pk])

    assert response.status_code == 302
    assert response.url == THANKS
    subscriber = Subscriber.objects.get()
    assert subscriber.email == address
    assert subscriber.status == Subscriber.Status.PENDING
    assert list(subscriber.sections.all()) == [sections[1]]
    consent = subscriber.consents.get()
    assert (consent.text, consent.version, consent.source) == (
        CONSENT_TEXT,
        CONSENT_VERSION,
        Consent.Source.SIGNUP_PAGE,
    )
    assert consent.given_at and consent.confirmed_at is None and consent.withdrawn_at is None
    request = ConfirmationRequest.objects.get()
    assert request.consent == consent
    assert request.sent_at is None


def test_no_section_chosen_means_all_sections(client, sections, address):
    sign_up(client, address)
    assert Subscriber.objects.get().sections.count() == 3


def test_thanks_page_says_check_your_inbox(client):
    html = client.get(THANKS).content.decode()
    assert "<h1>Tak! Tjek din indbakke og bekræft tilmeldingen</h1>" in html


def test_same_answer_whether_or_not_the_address_is_known(client, sections, address):
    unknown = sign_up(client, address)
    Subscriber.objects.filter(email=address).update(status=Subscriber.Status.ACTIVE)
    known = sign_up(client, address)

    assert (unknown.status_code, unknown.url) == (known.status_code, known.url) == (302, THANKS)


def test_a_repeated_sign_up_never_changes_an_active_subscription(client, sections, address):
    sign_up(client, address, sections=[sections[0].pk])
    subscriber = Subscriber.objects.get()
    subscriber.status = Subscriber.Status.ACTIVE
    subscriber.save()

    sign_up(client, address, sections=[sections[2].pk])

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert list(subscriber.sections.all()) == [sections[0]]
    assert subscriber.consents.count() == 1
    notice = subscriber.confirmation_requests.latest("created_at")
    assert notice.kind == ConfirmationRequest.Kind.ALREADY_SUBSCRIBED


def test_a_repeated_pending_sign_up_within_a_day_sends_no_second_mail(client, sections, address):
    for _ in range(6):  # the owner is never refused: every answer is the thanks page
        assert sign_up(client, address).url == THANKS
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirmation_requests.count() == 1


def test_a_day_later_a_pending_sign_up_gets_a_fresh_link(client, sections, address):
    sign_up(client, address)
    ConfirmationRequest.objects.update(created_at=timezone.now() - timedelta(hours=25))
    sign_up(client, address)
    tokens = set(Subscriber.objects.get().confirmation_requests.values_list("token", flat=True))
    assert len(tokens) == 2


def test_an_active_address_gets_at_most_one_notice_a_day(client, sections, address):
    sign_up(client, address)
    Subscriber.objects.update(status=Subscriber.Status.ACTIVE)
    ConfirmationRequest.objects.update(used_at=timezone.now())
    for _ in range(3):
        assert sign_up(client, address).url == THANKS
    notices = ConfirmationRequest.objects.filter(kind=ConfirmationRequest.Kind.ALREADY_SUBSCRIBED)
    assert notices.count() == 1


def test_addresses_are_unique_without_regard_to_case(client, sections, address):
    sign_up(client, address.upper())
    sign_up(client, address)
    assert Subscriber.objects.count() == 1


def test_the_database_refuses_the_same_address_in_another_case(address):
    # bulk_create skips save(), which would lower-case the address.
    Subscriber.objects.bulk_create([Subscriber(email=address.upper(), email_hash="x")])
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscriber.objects.bulk_create([Subscriber(email=address, email_hash="x")])


def test_the_honeypot_gets_the_same_answer_and_stores_nothing(client, sections, address):
    response = sign_up(client, address, website="http://spam.example")
    assert (response.status_code, response.url) == (302, THANKS)
    assert not Subscriber.objects.exists()


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, sections):
    html = client.get("/nyhedsbrev/").content.decode()
    trap = html.split('class="nl-trap"')[1].split("</div>")[0]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    assert "<label" in trap


def test_a_bad_address_gets_a_danish_message_and_keeps_the_input(client, sections):
    response = sign_up(client, "leder@kommune", sections=[sections[2].pk])

    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Fejl: Tilmeld dig nyhedsbrevet | Lederweb</title>" in html
    assert 'id="id_email_error"' in html
    assert "Skriv en gyldig e-mailadresse, fx navn@kommune.dk." in html
    assert 'value="leder@kommune"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert html.count("checked") == 1
    assert not Subscriber.objects.exists()


def test_an_empty_address_is_asked_for(client, sections):
    html = sign_up(client, "").content.decode()
    assert "Skriv din e-mailadresse." in html


def test_too_many_sign_ups_from_one_ip_address_get_a_danish_message(
    client, sections, address, settings
):
    settings.NEWSLETTER_SIGNUP_RATE = "3/h"  # the setting, not a number in the view
    for number in range(3):
        assert sign_up(client, f"{number}-{address}").status_code == 302

    response = sign_up(client, address)

    assert response.status_code == 429
    assert "for mange tilmeldinger på kort tid" in response.content.decode()
    assert not Subscriber.objects.filter(email=address).exists()


def test_every_page_has_the_compact_form_in_its_footer(client, sections, address):
    html = client.get("/vaeksthuse/topledere/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert 'action="/nyhedsbrev/"' in footer
    assert 'name="csrfmiddlewaretoken"' in footer
    assert 'name="source" value="footer"' in footer
    assert CONSENT_TEXT in footer

    sign_up(client, address, source="footer")

    assert Subscriber.objects.get().consents.get().source == Consent.Source.FOOTER


def test_an_unknown_form_name_is_recorded_as_the_sign_up_page(client, sections, address):
    sign_up(client, address, source="<script>")
    assert Consent.objects.get().source == Consent.Source.SIGNUP_PAGE


def test_the_longest_address_the_column_holds_is_accepted(client, sections):
    domain = ".".join(["d" * 60] * 3) + ".dk"  # 186 characters
    longest = "a" * (254 - len(domain) - 1) + "@" + domain
    assert len(longest) == 254
    assert sign_up(client, longest).url == THANKS
    assert Subscriber.objects.get().email == longest


def test_a_longer_address_gets_a_danish_message_not_a_server_error(client, sections):
    domain = ".".join(["d" * 60] * 3) + ".dk"
    too_long = "a" * (255 - len(domain) - 1) + "@" + domain
    response = sign_up(client, too_long)
    assert response.status_code == 400
    assert "Adressen er for lang: den må højst have 254 tegn (den har 255)." in (
        response.content.decode()
    )
    assert not Subscriber.objects.exists()


def test_the_forms_limit_is_the_columns():
    from newsletter.forms import SignupForm

    column = Subscriber._meta.get_field("email").max_length
    assert SignupForm().fields["email"].max_length == column == 254
