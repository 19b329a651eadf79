"""Sign-up to weekly issue to one-click unsubscribe, through the real broker, a real Celery
worker and the real SMTP sink."""

import pytest
from django.core.management import call_command

from newsletter.models import Delivery, Issue, Subscriber
from tests.newsletter.conftest import link_path, plain_text, sign_up
from tests.newsletter.issue_support import publish_article, section
from tests.support import wait_until, wait_until_idle

pytestmark = pytest.mark.django_db(transaction=True)


def html_part(message):
    return message.get_body(preferencelist=("html",)).get_content()


def test_sign_up_confirm_issue_unsubscribe_next_issue(
    client, sections, address, celery_worker, mailbox
):
    sign_up(client, address, sections=[section(2).pk])
    client.post(link_path(plain_text(mailbox.wait_for(1)[0]), "bekraeft"))
    subscriber = Subscriber.objects.get(email=address)
    assert subscriber.status == Subscriber.Status.ACTIVE
    mailbox.wait_for(2)  # the confirmation and the welcome mail
    mailbox.clear()
    publish_article("Ledelse af ledere", sections=[section(2)])
    publish_article("Topledelse i regionerne", sections=[section(1)])
    publish_article("Bestyrelsens årsplan")  # no Væksthus: to everyone

    call_command("send_weekly_newsletter", "--wait", "--timeout", "60")
    [message] = mailbox.wait_for(1)
    text, html = plain_text(message), html_part(message)
    assert message["To"] == address
    assert "Ledelse af ledere" in text and "Bestyrelsens årsplan" in text
    assert "Topledelse i regionerne" not in text + html
    assert "<html" not in text and '<html lang="da">' in html
    assert 'style="' in html  # the CSS is inlined
    issue = Issue.objects.get()
    assert message["Message-ID"] == f"<issue-{issue.pk}.sub-{subscriber.pk}@lederweb.dk>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "nyhedsbrev.lederweb.dk" in message["List-Id"]
    unsubscribe = link_path(message["List-Unsubscribe"], "afmeld")
    assert "<mailto:afmeld@lederweb.dk" in message["List-Unsubscribe"]
    assert unsubscribe in text and unsubscribe in html
    wait_until(lambda: Issue.objects.get().status == Issue.Status.SENT, 10, "ikke afsluttet")

    assert client.post(unsubscribe).status_code == 200  # RFC 8058 one-click
    assert Subscriber.objects.get(pk=subscriber.pk).status == Subscriber.Status.UNSUBSCRIBED

    publish_article("Næste uges artikel", sections=[section(2)])
    mailbox.clear()
    call_command("send_weekly_newsletter", "--wait", "--timeout", "30")
    # Nobody left to send to: no issue is made, and the article waits for the next one.
    assert list(Issue.objects.all()) == [issue]
    assert not Delivery.objects.filter(subscriber=subscriber).exclude(issue=issue).exists()
    wait_until_idle(celery_worker)
    assert mailbox.messages == []


def test_nothing_new_means_no_issue(sections, capsys):
    call_command("send_weekly_newsletter")
    assert "Intet nyt" in capsys.readouterr().out
    assert not Issue.objects.exists()


def test_no_recipients_sends_nothing_and_keeps_the_content_for_the_next_issue(
    client, sections, address, celery_worker, mailbox, capsys
):
    """A new site has no subscribers yet: the first run must not make an issue for nobody and
    use up the week's content, or the first real subscriber's issue would say »Intet nyt«."""
    publish_article("En uge uden modtagere")
    call_command("send_weekly_newsletter", "--wait", "--timeout", "30")
    assert "Ingen modtagere" in capsys.readouterr().out
    assert not Issue.objects.exists()

    sign_up(client, address, sections=[section(2).pk])
    client.post(link_path(plain_text(mailbox.wait_for(1)[0]), "bekraeft"))
    mailbox.wait_for(2)  # the confirmation and the welcome mail
    mailbox.clear()
    call_command("send_weekly_newsletter", "--wait", "--timeout", "60")
    [message] = mailbox.wait_for(1)
    assert "En uge uden modtagere" in plain_text(message)
    assert Issue.objects.get().status == Issue.Status.SENT
