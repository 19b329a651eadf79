"""The sign-up mails as they arrive, through the real broker, Celery worker and SMTP sink."""

import re

import pytest

from newsletter.models import ConfirmationRequest, Subscriber
from tests.newsletter.conftest import link_path, plain_text, sign_up
from tests.support import wait_until_idle

pytestmark = pytest.mark.django_db(transaction=True)


def test_repeated_sign_ups_mail_the_address_once_and_its_link_still_confirms(
    client, sections, address, celery_worker, mailbox
):
    for _ in range(4):
        assert sign_up(client, address).status_code == 302
    [message] = mailbox.wait_for(1)
    wait_until_idle(celery_worker)
    assert len(mailbox.messages) == 1
    assert ConfirmationRequest.objects.get().sent_at
    link = link_path(plain_text(message), "bekraeft")
    assert "Bekræft din tilmelding" in client.get(link).content.decode()
    assert "du er nu tilmeldt" in client.post(link).content.decode()


def test_a_fresh_preferences_link_arrives_and_opens_the_preferences(
    client, sections, address, celery_worker, mailbox
):
    subscriber = Subscriber.objects.create(email=address, status=Subscriber.Status.ACTIVE)
    client.post("/nyhedsbrev/indstillinger/", {"email": address})
    [message] = mailbox.wait_for(1)
    assert message["To"] == address
    path = re.search(r"/nyhedsbrev/indstillinger/[^/\s]+/", plain_text(message)).group(0)
    assert subscriber.token not in path.split(":")[-1]
    response = client.get(path)
    assert response.status_code == 200
    assert "<h1>Dine indstillinger for nyhedsbrevet</h1>" in response.content.decode()


def test_confirming_sends_a_welcome_mail_with_the_preferences_link(
    client, sections, address, celery_worker, mailbox
):
    sign_up(client, address, sections=[sections[1].pk])
    confirm = link_path(plain_text(mailbox.wait_for(1)[0]), "bekraeft")
    mailbox.clear()
    client.post(confirm)
    [welcome] = mailbox.wait_for(1)
    assert welcome["Subject"] == "Velkommen til Lederwebs nyhedsbrev"
    text = plain_text(welcome)
    assert "Du får nyt fra: Væksthus for mellemledere." in text
    path = re.search(r"/nyhedsbrev/indstillinger/[^/\s]+/", text).group(0)
    assert "<h1>Dine indstillinger for nyhedsbrevet</h1>" in client.get(path).content.decode()
