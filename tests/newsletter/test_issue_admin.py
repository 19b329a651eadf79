"""Editors in the Wagtail admin: write an issue, preview it, test it, send, pause, resume,
follow its progress and see the outcome per recipient."""

import pytest

from newsletter.models import Delivery, Issue, IssueItem
from tests.newsletter.issue_support import active_subscriber, publish_article, section

pytestmark = pytest.mark.django_db

ADMIN = "/admin/nyhedsbreve/"


@pytest.fixture
def issue(sections):
    issue = Issue.objects.create(subject="Ugens nyhedsbrev", intro="Godmorgen, ledere.")
    pages = [
        publish_article("For topledere", sections=[section(1)]),
        publish_article("For alle væksthuse"),
    ]
    for order, page in enumerate(pages):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    return issue


def test_the_issue_form_has_ordered_page_choosers(editor_client, sections):
    html = editor_client.get(ADMIN + "new/").content.decode()
    assert 'name="subject"' in html and 'name="intro"' in html
    assert "items-TOTAL_FORMS" in html  # the InlinePanel of chosen, ordered items


def test_preview_shows_the_mail_as_sent_per_section(editor_client, issue):
    html = editor_client.get(f"{ADMIN}{issue.pk}/preview/").content.decode()
    assert '<html lang="da">' in html and 'style="' in html
    assert "For topledere" in html and "For alle væksthuse" in html
    only_three = editor_client.get(f"{ADMIN}{issue.pk}/preview/", {"vaeksthus": section(3).pk})
    assert "For topledere" not in only_three.content.decode()


def test_a_test_mail_goes_to_the_editor_only(editor_client, issue, mailoutbox):
    response = editor_client.post(f"{ADMIN}{issue.pk}/send_test/", {"addresses": "r@kl.dk"})
    assert response.status_code == 302
    [message] = mailoutbox
    assert message.to == ["r@kl.dk"]
    assert message.subject == "[Test] Ugens nyhedsbrev"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "For topledere" in message.body and "<html" not in message.body
    assert not Delivery.objects.exists()


def test_send_now_pause_resume_and_progress(editor_client, issue):
    for number in range(3):
        active_subscriber(f"modtager-{number}@kommune.dk")
    page = editor_client.get(f"{ADMIN}{issue.pk}/status/").content.decode()
    assert "newsletter-progress.js" in page and "Send nu" in page

    editor_client.post(f"{ADMIN}{issue.pk}/send_now/")
    assert Issue.objects.get().status == Issue.Status.SENDING
    figures = editor_client.get(f"{ADMIN}{issue.pk}/progress.json").json()
    assert figures["total"] == 3 and figures["pending"] == 3 and figures["sent"] == 0

    editor_client.post(f"{ADMIN}{issue.pk}/pause/")
    assert Issue.objects.get().status == Issue.Status.PAUSED
    editor_client.post(f"{ADMIN}{issue.pk}/resume/")
    assert Issue.objects.get().status == Issue.Status.SENDING
    editor_client.post(f"{ADMIN}{issue.pk}/send_now/")  # never a second set of deliveries
    assert Delivery.objects.count() == 3


def test_a_missed_issue_is_shown_and_can_be_discarded(editor_client, issue):
    Issue.objects.update(status=Issue.Status.MISSED)
    page = editor_client.get(f"{ADMIN}{issue.pk}/status/").content.decode()
    assert "gik, mens systemet var nede" in page
    editor_client.post(f"{ADMIN}{issue.pk}/discard/")
    assert Issue.objects.get().status == Issue.Status.DISCARDED
    assert not Delivery.objects.exists()


def test_the_outcome_per_recipient_can_be_filtered(editor_client, issue):
    sent = active_subscriber("fik-den@kommune.dk")
    refused = active_subscriber("afvist@kommune.dk")
    Delivery.objects.create(issue=issue, subscriber=sent, status="sent")
    Delivery.objects.create(issue=issue, subscriber=refused, status="failed", error="550 nej")
    html = editor_client.get("/admin/afsendelser/", {"issue": issue.pk, "status": "failed"})
    html = html.content.decode()
    assert "afvist@kommune.dk" in html and "fik-den@kommune.dk" not in html


def test_the_issue_pages_need_an_admin_login(client, issue):
    for path in ("status/", "preview/", "progress.json"):
        response = client.get(f"{ADMIN}{issue.pk}/{path}")
        assert response.status_code == 302 and "/admin/login/" in response.url
    client.post(f"{ADMIN}{issue.pk}/send_now/")
    assert Issue.objects.get().status == Issue.Status.DRAFT
