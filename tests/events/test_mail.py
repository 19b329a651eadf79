import re
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from django.conf import settings
from django.db import connection

from events.mails import REQUEUE_GRACE
from events.models import Registration
from events.registration import fill_free_places
from events.tasks import (
    requeue_unsent_confirmations,
    send_duplicate_notice,
    send_registration_confirmation,
)
from tests.events.conftest import make_event
from tests.support import wait_until, wait_until_idle

pytestmark = pytest.mark.django_db(transaction=True)


def text_of(message):
    return message.get_body(("plain",)).get_content()


def html_of(message):
    return message.get_body(("html",)).get_content()


def calendar_files(message):
    return [part for part in message.iter_attachments() if part.get_filename().endswith(".ics")]


def mail(mailbox, to, subject_start, timeout=30):
    """The first mail to `to` whose subject starts so, waiting for it to arrive."""

    def found():
        return next(
            (
                message
                for _, message in list(mailbox.messages)
                if message["To"] == to and message["Subject"].strip().startswith(subject_start)
            ),
            None,
        )

    wait_until(lambda: found() is not None, timeout, f"ingen mail »{subject_start}« til {to}")
    return found()


def link_path(message, route):
    """The site-relative path of the mail's link to `route` (bekraeft, afmeld)."""
    return re.search(rf"https?://[^/\s]+(/\S+/{route}/\S+/)", text_of(message)).group(1)


def register_by_mail(client, mailbox, post_registration, event, email, **fields):
    """Signs up, then confirms the address with the link from the mail, as a person does."""
    assert post_registration(event, email=email, **fields).status_code == 302
    request = mail(mailbox, email, "Bekræft din tilmelding")
    return client.post(link_path(request, "bekraeft"))


def test_the_address_is_confirmed_by_mail_before_the_place_is_given(
    client, celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Dialogmøde om ledelse & trivsel", capacity=1)
    post_registration(event, email="forste@kommune.dk", name="Eve <script>\nBcc: offer@x.dk")

    request = mail(mailbox, "forste@kommune.dk", "Bekræft din tilmelding")

    assert request["Subject"].strip() == "Bekræft din tilmelding: Dialogmøde om ledelse & trivsel"
    assert request["Bcc"] is None
    body = text_of(request)
    assert body.splitlines()[0] == "Kære Eve <script> Bcc: offer@x.dk"  # one line, unescaped
    assert "&lt;" not in body and "&amp;" not in body
    assert "Vi holder en plads til dig i 30 minutter" in body
    assert "Eve &lt;script&gt;" in html_of(request)
    assert f'href="{settings.SITE_URL}{link_path(request, "bekraeft")}"' in html_of(request)
    assert calendar_files(request) == []
    assert Registration.objects.get().status == Registration.Status.PENDING


def test_confirmations_arrive_through_the_worker(
    client, celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Dialogmøde om ledelse & trivsel", capacity=1)
    register_by_mail(client, mailbox, post_registration, event, "forste@kommune.dk")
    register_by_mail(
        client, mailbox, post_registration, event, "anden@kommune.dk", name="Bo Jensen"
    )

    confirmed = mail(mailbox, "forste@kommune.dk", "Du er tilmeldt")
    waiting = mail(mailbox, "anden@kommune.dk", "Du er på venteliste")

    # A long encoded subject is folded; mail programs drop the fold's leading space.
    assert confirmed["Subject"].strip() == "Du er tilmeldt: Dialogmøde om ledelse & trivsel"
    assert waiting["Subject"].strip() == "Du er på venteliste: Dialogmøde om ledelse & trivsel"
    assert confirmed["From"].addresses[0].addr_spec == "sekretariat@lederweb.dk"
    body = text_of(confirmed)
    assert "Kære Mette Hansen" in body
    assert "»Dialogmøde om ledelse & trivsel«" in body
    assert event.period_label in body
    assert "KL, Weidekampsgade 10, 2300 København S" in body
    event_url = f"{settings.SITE_URL}/arrangementer/dialogmoede-om-ledelse-trivsel/"
    assert f"{event_url}kalender.ics" in body
    cancel_url = re.search(rf"{re.escape(event_url)}afmeld/\S+/", body).group()
    assert "giv sekretariatet besked" not in body
    html = html_of(confirmed)
    assert "Du er tilmeldt »Dialogmøde om ledelse &amp; trivsel«" in html
    assert f'href="{cancel_url}"' in html
    [ics] = calendar_files(confirmed)
    assert ics.get_content_type() == "text/calendar"
    assert "SUMMARY:Dialogmøde om ledelse & trivsel" in ics.get_content()
    assert "bliver der en plads ledig" in text_of(waiting)
    assert "/afmeld/" in text_of(waiting) and "/afmeld/" in html_of(waiting)
    assert calendar_files(waiting) == []
    wait_until(
        lambda: not Registration.objects.filter(confirmation_sent_at=None).exists(),
        10,
        "bekræftelserne blev ikke markeret som sendt",
    )


def test_confirmation_is_sent_once_and_a_place_freed_sends_news(
    client, celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Temadag", capacity=1)
    register_by_mail(client, mailbox, post_registration, event, "forste@kommune.dk")
    register_by_mail(client, mailbox, post_registration, event, "anden@kommune.dk")
    mail(mailbox, "forste@kommune.dk", "Du er tilmeldt")
    mail(mailbox, "anden@kommune.dk", "Du er på venteliste")
    wait_until(
        lambda: not Registration.objects.filter(confirmation_sent_at=None).exists(),
        10,
        "bekræftelserne blev ikke markeret som sendt",
    )

    for registration in Registration.objects.all():
        send_registration_confirmation.delay(registration.pk)
        send_registration_confirmation(registration.pk)
    Registration.objects.filter(email="forste@kommune.dk").update(status="cancelled")
    fill_free_places(event.pk)

    moved_up = mail(mailbox, "anden@kommune.dk", "Du er tilmeldt")
    assert "Der er blevet en plads ledig" in text_of(moved_up)
    assert len(calendar_files(moved_up)) == 1
    wait_until_idle(celery_worker)
    assert len(mailbox.messages) == 5


def test_a_registration_made_while_the_broker_is_down_is_mailed_later(
    celery_worker, mailbox, event_index, post_registration, settings
):
    event = make_event(event_index, "Temadag under nedbrud", capacity=5)
    broker = settings.CELERY_BROKER_URL
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    response = post_registration(event, email="taalmodig@kommune.dk")
    assert response.status_code == 302  # accepted and kept
    registration = Registration.objects.get(email="taalmodig@kommune.dk")
    assert registration.status == Registration.Status.PENDING
    assert registration.confirmation_sent_at is None

    settings.CELERY_BROKER_URL = broker  # Redis is back; beat's sweep runs
    Registration.objects.filter(pk=registration.pk).update(
        created_at=registration.created_at - REQUEUE_GRACE
    )
    assert requeue_unsent_confirmations() == 1
    message = mailbox.wait_for(1)[0]
    assert message["To"] == "taalmodig@kommune.dk"
    assert message["Subject"].strip() == "Bekræft din tilmelding: Temadag under nedbrud"


def test_the_mails_cancel_link_frees_the_place_for_the_waiting_list(
    client, celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Temadag om afmelding", capacity=1)
    register_by_mail(client, mailbox, post_registration, event, "forste@kommune.dk")
    register_by_mail(client, mailbox, post_registration, event, "anden@kommune.dk")
    cancel_path = link_path(mail(mailbox, "forste@kommune.dk", "Du er tilmeldt"), "afmeld")
    mail(mailbox, "anden@kommune.dk", "Du er på venteliste")

    page = client.get(cancel_path)  # what a mail scanner does: nothing changes
    assert page.status_code == 200
    assert "Ja, afmeld mig" in page.content.decode()
    assert Registration.objects.get(email="forste@kommune.dk").status == "confirmed"

    assert client.post(cancel_path).status_code == 302
    assert "Du er afmeldt" in client.get(cancel_path).content.decode()
    moved_up = mail(mailbox, "anden@kommune.dk", "Du er tilmeldt")
    assert "Der er blevet en plads ledig" in text_of(moved_up)
    assert Registration.objects.get(email="anden@kommune.dk").status == "confirmed"


def test_a_second_sign_up_mails_the_owner_instead(
    client, celery_worker, mailbox, event_index, post_registration
):
    event = make_event(event_index, "Temadag for to", capacity=5)
    register_by_mail(client, mailbox, post_registration, event, "mette@aarhus.dk")
    mail(mailbox, "mette@aarhus.dk", "Du er tilmeldt")

    for _ in range(2):  # the second notice within the hour is not sent
        response = post_registration(event, email="METTE@aarhus.dk", name="Nogen Andre")
        assert response.url == event.url + "tilmeldt/afventer/"

    notice = mail(mailbox, "mette@aarhus.dk", "Du er allerede tilmeldt")
    assert "Kære Mette Hansen" in text_of(notice)  # the owner's own registration
    assert "Du har en plads." in text_of(notice) and "/afmeld/" in text_of(notice)
    assert "Du er allerede tilmeldt »Temadag for to«" in html_of(notice)
    wait_until_idle(celery_worker)
    assert len(mailbox.messages) == 3
    assert Registration.objects.count() == 1


def test_notices_running_at_the_same_moment_send_one_mail(mailoutbox, event_index):
    """Two worker processes may run the notice for one registration at once (two sign-ups in a
    row): the once-an-hour rule must hold between them too, not only one after the other."""
    event = make_event(event_index, "Temadag for mange", capacity=5)
    registration = Registration.objects.create(
        event=event,
        name="Mette Hansen",
        email="mette@aarhus.dk",
        status=Registration.Status.CONFIRMED,
    )
    barrier = Barrier(6)

    def notice():
        barrier.wait()
        try:
            return send_duplicate_notice(registration.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: notice(), range(6)))

    assert results.count(True) == 1
    assert [message.to for message in mailoutbox] == [["mette@aarhus.dk"]]
