"""The mail provider's tracking webhook (Postmark's format, HTTP basic auth as anymail checks
it) marks bounced addresses and withdraws consent on a complaint."""

import base64

import pytest

from newsletter.models import Subscriber
from tests.newsletter.issue_support import active_subscriber

pytestmark = pytest.mark.django_db

URL = "/anymail/postmark/tracking/"
SECRET = "postmark:hemmelig-nok"


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET}


def post(client, payload, secret=SECRET):
    auth = "Basic " + base64.b64encode(secret.encode()).decode()
    return client.post(URL, payload, content_type="application/json", HTTP_AUTHORIZATION=auth)


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


def test_a_hard_bounce_flags_the_address(client, sections):
    subscriber = active_subscriber("findes-ikke@kommune.dk")
    assert post(client, bounce("Findes-Ikke@kommune.dk")).status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == Subscriber.Status.BOUNCED


def test_a_complaint_unsubscribes(client, sections):
    subscriber = active_subscriber("klager@kommune.dk")
    payload = {**bounce("klager@kommune.dk"), "RecordType": "SpamComplaint"}
    payload["Type"] = "SpamComplaint"
    assert post(client, payload).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.email is None


def test_a_webhook_without_the_secret_is_refused(client, sections):
    subscriber = active_subscriber("aktiv@kommune.dk")
    assert post(client, bounce("aktiv@kommune.dk"), secret="postmark:forkert").status_code == 400
    assert Subscriber.objects.get(pk=subscriber.pk).status == Subscriber.Status.ACTIVE
