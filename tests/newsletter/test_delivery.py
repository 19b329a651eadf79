"""The sign-up mails through the real broker, a real Celery worker and the real SMTP sink."""

import re
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from lederweb import breaker
from newsletter.models import ConfirmationRequest, Subscriber
from newsletter.tasks import requeue_unsent_confirmations
from tests.newsletter.conftest import link_path, plain_text, sign_up
from tests.support import caches_with_redis_down, free_port, wait_until, wait_until_idle

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_mail_arrives_and_its_link_confirms_once(
    client, sections, address, celery_worker, mailbox
):
    sign_up(client, address)

    [message] = mailbox.wait_for(1)
    assert message["To"] == address
    assert message["Subject"] == "Bekræft din tilmelding til Lederwebs nyhedsbrev"
    text = plain_text(message)
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "<html" not in text
    assert '<html lang="da">' in html
    link = link_path(text, "bekraeft")
    assert link in html

    confirmed = client.post(link).content.decode()
    assert "<h1>Tak – du er nu tilmeldt nyhedsbrevet</h1>" in confirmed
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE
    again = client.post(link).content.decode()
    assert "<h1>Tilmeldingen er allerede bekræftet</h1>" in again
    assert ConfirmationRequest.objects.get(kind=ConfirmationRequest.Kind.CONFIRM).sent_at


def test_an_active_subscriber_signing_up_again_gets_a_notice_not_a_link(
    client, sections, address, celery_worker, mailbox
):
    sign_up(client, address)
    client.post(link_path(plain_text(mailbox.wait_for(1)[0]), "bekraeft"))
    mailbox.wait_for(2)  # the confirmation and the welcome mail
    mailbox.clear()

    sign_up(client, address)

    [notice] = mailbox.wait_for(1)
    assert notice["Subject"] == "Du er allerede tilmeldt Lederwebs nyhedsbrev"
    text = plain_text(notice)
    assert "/nyhedsbrev/bekraeft/" not in text
    preferences = re.search(r"/nyhedsbrev/indstillinger/[^/\s]+/", text).group(0)
    assert client.get(preferences).status_code == 200


def test_sign_ups_are_kept_while_redis_is_down_and_mailed_when_it_is_back(
    client, sections, settings, celery_worker, mailbox
):
    broker_url = settings.CELERY_BROKER_URL
    closed = f"redis://127.0.0.1:{free_port()}/0"
    settings.CELERY_BROKER_URL = closed
    settings.CACHES = caches_with_redis_down(settings.CACHES, closed)
    addresses = [f"redis-nede-{number}@kommune.dk" for number in range(3)]

    started = time.monotonic()
    answers = [sign_up(client, email) for email in addresses]
    elapsed = time.monotonic() - started

    assert [answer.url for answer in answers] == ["/nyhedsbrev/tak/"] * 3
    assert elapsed < 3, f"tilmeldingerne tog {elapsed:.1f} s uden Redis"
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == addresses
    assert ConfirmationRequest.objects.filter(sent_at=None, enqueued_at=None).count() == 3
    wait_until_idle(celery_worker)
    assert mailbox.messages == []

    # Redis is back; a minute later (long after the circuit breaker's window) beat's sweep runs
    # (called here in-process).
    settings.CELERY_BROKER_URL = broker_url
    breaker.reset()
    ConfirmationRequest.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    assert requeue_unsent_confirmations() == 3

    messages = mailbox.wait_for(3)
    assert sorted(message["To"] for message in messages) == addresses
    # The worker marks each row sent just after the mail server has taken the mail.
    wait_until(
        lambda: not ConfirmationRequest.objects.filter(sent_at=None).exists(),
        10,
        "bekræftelserne blev ikke markeret som sendt",
    )
    assert requeue_unsent_confirmations() == 0
