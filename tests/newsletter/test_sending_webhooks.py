"""The mail provider's tracking webhook: routed for the configured provider only, refused
without its secret (and signature), and never erasing anyone on a report: a bounce flags the
address, a complaint stops the mail, and the provider's report is kept as proof."""

import base64
import os
import subprocess
import sys

import pytest

from newsletter.models import ProviderEvent, Subscriber
from newsletter.webhooks import missing_settings
from tests.newsletter.issue_support import active_subscriber

pytestmark = pytest.mark.django_db

URL = "/anymail/postmark/tracking/"
SECRET = "postmark:hemmelig-nok"


@pytest.fixture(autouse=True)
def postmark(settings):
    settings.NEWSLETTER_ESP = "postmark"
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET}


def post(client, payload, secret=SECRET, url=URL):
    headers = {}
    if secret:
        headers["HTTP_AUTHORIZATION"] = "Basic " + base64.b64encode(secret.encode()).decode()
    return client.post(url, payload, content_type="application/json", **headers)


def bounce(email, kind="HardBounce"):
    return {
        "RecordType": "Bounce",
        "Type": kind,
        "TypeCode": 1,
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Email": email,
        "BouncedAt": "2026-11-26T08:00:05Z",
        "Description": "The server was unable to deliver your message.",
        "Details": "smtp;550 5.1.1 The email account does not exist.",
    }


def complaint(email):
    return {**bounce(email), "RecordType": "SpamComplaint", "Type": "SpamComplaint"}


def sendgrid_bounce(email):
    return [{"email": email, "event": "bounce", "type": "bounce", "timestamp": 1764144005}]


def assert_untouched(subscriber):
    fresh = Subscriber.objects.get(pk=subscriber.pk)
    assert (fresh.status, fresh.email) == (Subscriber.Status.ACTIVE, subscriber.email)
    assert not ProviderEvent.objects.filter(subscriber=subscriber).exists()


def test_a_hard_bounce_flags_the_address_and_keeps_the_report(client, sections):
    subscriber = active_subscriber("findes-ikke@kommune.dk")
    assert post(client, bounce("Findes-Ikke@kommune.dk")).status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == Subscriber.Status.BOUNCED
    event = ProviderEvent.objects.get(subscriber=subscriber)
    assert (event.esp_name, event.event_type) == ("Postmark", "bounced")


def test_a_complaint_stops_the_mail_but_erases_nothing(client, sections):
    subscriber = active_subscriber("klager@kommune.dk", sections)
    assert post(client, complaint("klager@kommune.dk")).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.STOPPED
    assert subscriber.email == "klager@kommune.dk" and subscriber.sections.count() == 3
    assert not Subscriber.objects.receiving().filter(pk=subscriber.pk).exists()
    event = ProviderEvent.objects.get(subscriber=subscriber)
    assert event.event_type == "complained" and event.payload["RecordType"] == "SpamComplaint"


def test_a_forged_postmark_complaint_is_forbidden(client, sections):
    subscriber = active_subscriber("aktiv@kommune.dk")
    assert post(client, complaint("aktiv@kommune.dk"), secret=None).status_code == 403
    assert post(client, complaint("aktiv@kommune.dk"), secret="postmark:gæt").status_code == 403
    assert_untouched(subscriber)


def test_no_webhook_is_routed_without_a_provider(client, sections, settings):
    settings.NEWSLETTER_ESP = ""
    subscriber = active_subscriber("aktiv@kommune.dk")
    assert post(client, complaint("aktiv@kommune.dk")).status_code == 404
    assert_untouched(subscriber)


def test_only_the_configured_providers_webhook_is_routed(client, sections):
    subscriber = active_subscriber("aktiv@kommune.dk")
    response = post(client, sendgrid_bounce("aktiv@kommune.dk"), url="/anymail/sendgrid/tracking/")
    assert response.status_code == 404
    assert_untouched(subscriber)


def test_a_forged_sendgrid_bounce_is_refused(client, sections, settings):
    """SendGrid signs its calls: without the signing key its webhook stays off, secret or not."""
    settings.NEWSLETTER_ESP = "sendgrid"
    settings.ANYMAIL = {"WEBHOOK_SECRET": "sendgrid:hemmelig"}
    subscriber = active_subscriber("aktiv@kommune.dk")
    url = "/anymail/sendgrid/tracking/"
    payload = sendgrid_bounce("aktiv@kommune.dk")
    assert post(client, payload, url=url, secret="sendgrid:hemmelig").status_code == 404
    assert post(client, payload, url=url, secret=None).status_code == 404
    assert_untouched(subscriber)


def load_production_settings(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ANYMAIL_")}
    environment.update(SECRET_KEY="produktion", NEWSLETTER_ESP="postmark", **env)
    command = [sys.executable, "-c", "import lederweb.settings.production"]
    return subprocess.run(command, env=environment, capture_output=True, text=True, check=False)


def test_production_refuses_a_provider_without_its_secret():
    refused = load_production_settings()
    assert refused.returncode != 0
    assert "ImproperlyConfigured" in refused.stderr and "ANYMAIL_WEBHOOK_SECRET" in refused.stderr
    assert load_production_settings(ANYMAIL_WEBHOOK_SECRET="postmark:x").returncode == 0
    assert missing_settings("mailgun", {"WEBHOOK_SECRET": "x"}) == ["MAILGUN_WEBHOOK_SIGNING_KEY"]
