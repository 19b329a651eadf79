import re
from smtplib import SMTPException

import pytest
from django.conf import settings

from publications.models import Order
from publications.tasks import send_order_confirmation
from tests.publications.factories import make_order, make_publication
from tests.publications.test_order_form import VALID
from tests.support import wait_until, wait_until_idle


def mail_to(mailbox, email, subject_start):
    """The first mail to `email` whose subject starts so, waiting for the worker to send it."""

    def found():
        return next(
            (
                message
                for rcpts, message in list(mailbox.messages)
                if email in rcpts and message["Subject"].strip().startswith(subject_start)
            ),
            None,
        )

    wait_until(lambda: found() is not None, 30, f"ingen mail »{subject_start}« til {email}")
    return found()


def test_the_orderer_confirms_from_the_mail_and_then_gets_the_confirmation(
    transactional_db, client, client_ip, celery_worker, mailbox
):
    from tests.publications.factories import publication_index

    publication_index()
    publication = make_publication("Nærværende ledelse på afstand", printed=[5000])
    email = "bestiller@kommune.example.dk"

    response = client.post(
        publication.order_url, {**VALID, "email": email, "quantity": "3"}, REMOTE_ADDR=client_ip
    )

    assert response.status_code == 302
    request = mail_to(mailbox, email, "Bekræft din bestilling")
    assert request["Subject"].strip() == "Bekræft din bestilling: Nærværende ledelse på afstand"
    link = re.search(r"https?://[^/\s]+(/\S+/bestil/bekraeft/\S+/)", text_of(request)).group(1)
    assert "Kære Dorthe Demo" in text_of(request)
    assert f'href="{settings.SITE_URL}{link}"' in request.get_body(("html",)).get_content()
    wait_until_idle(celery_worker)  # nothing else was mailed before the click
    assert len(mailbox.messages) == 1

    assert client.get(link).status_code == 200  # a mail scanner opening it confirms nothing
    assert client.post(link).status_code == 302

    message = mail_to(mailbox, email, "Tak for din bestilling")
    order = Order.objects.get(email=email)
    assert message["Subject"].strip() == (
        f"Tak for din bestilling: Nærværende ledelse på afstand (ordrenr. {order.number})"
    )
    assert "sekretariat@lederweb.dk" in message["From"]
    text = text_of(message)
    html = message.get_body(("html",)).get_content()
    assert "Kære Dorthe Demo" in text
    assert "3 eksemplarer" in text
    assert "Rådhuspladsen 1, 1550 København V" in text
    assert "<p>Kære Dorthe Demo</p>" in html
    wait_until(
        lambda: Order.objects.get(pk=order.pk).confirmation_sent_at is not None,
        10,
        "bekræftelsen blev ikke registreret",
    )
    assert len(mailbox.messages) == 2


def text_of(message):
    return message.get_body(("plain",)).get_content()


@pytest.fixture
def smtp(settings, mailbox):
    """Send from the test process to the real SMTP sink (pytest-django's default keeps mail
    in memory)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    return mailbox


@pytest.mark.django_db
def test_the_task_sends_the_confirmation_only_once(index, smtp):
    mailbox = smtp
    order = make_order(make_publication("Ledelse af frivillige", printed=[10]), 2)

    assert send_order_confirmation(order.pk) is True
    assert send_order_confirmation(order.pk) is False

    mailbox.wait_for(1)
    assert len(mailbox.messages) == 1
    order.refresh_from_db()
    assert order.confirmation_sent_at is not None


@pytest.mark.django_db
def test_a_failed_send_is_not_recorded_so_a_retry_sends_it(index, smtp):
    mailbox = smtp
    order = make_order(make_publication("Ledelse af frivillige", printed=[10]), 2)
    mailbox.refuse_with = "451 Prøv igen senere"

    with pytest.raises(SMTPException):  # Celery retries the task on this
        send_order_confirmation.run(order.pk)
    order.refresh_from_db()
    assert order.confirmation_sent_at is None

    mailbox.refuse_with = None
    assert send_order_confirmation.run(order.pk) is True
    assert len(mailbox.wait_for(1)) == 1


@pytest.mark.django_db
def test_unsent_mails_are_queued_again(index, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from publications.tasks import requeue_unsent_confirmations, send_address_confirmation

    publication = make_publication("Ledelse af frivillige", printed=[100])
    missed = make_order(publication, 1)
    just_placed = make_order(publication, 1)
    long_ago = make_order(publication, 1)
    confirmed = make_order(publication, 1, confirmation_sent_at=timezone.now())
    unasked = make_order(publication, 1, pending=True)
    asked = make_order(publication, 1, pending=True, address_mail_sent_at=timezone.now())
    lapsed = make_order(publication, 1, pending=True)
    now = timezone.now()
    Order.objects.filter(pk__in=[missed.pk, confirmed.pk]).update(
        confirmed_at=now - timedelta(minutes=10)
    )
    Order.objects.filter(pk=long_ago.pk).update(confirmed_at=now - timedelta(days=3))
    Order.objects.filter(pk__in=[unasked.pk, asked.pk, lapsed.pk]).update(
        created_at=now - timedelta(minutes=10)
    )
    Order.objects.filter(pk=lapsed.pk).update(held_until=now)
    queued = []
    monkeypatch.setattr(send_order_confirmation, "delay", lambda pk: queued.append(("ordre", pk)))
    monkeypatch.setattr(
        send_address_confirmation, "delay", lambda pk: queued.append(("adresse", pk))
    )

    assert requeue_unsent_confirmations() == 2
    assert sorted(queued) == [("adresse", unasked.pk), ("ordre", missed.pk)]
    assert just_placed.pk not in dict(queued).values()


@pytest.mark.django_db
def test_no_order_confirmation_before_the_address_is_confirmed(index, smtp):
    order = make_order(make_publication("Ledelse af frivillige", printed=[10]), 2, pending=True)

    assert send_order_confirmation(order.pk) is False
    assert not smtp.messages


@pytest.mark.django_db
def test_an_order_survives_a_broker_outage(
    client, client_ip, publication, settings, django_capture_on_commit_callbacks
):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens there

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(publication.order_url, VALID, REMOTE_ADDR=client_ip)

    assert response.status_code == 302
    order = Order.objects.get()
    assert order.address_mail_sent_at is None  # left for requeue_unsent_confirmations
