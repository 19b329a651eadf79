"""Issues holding articles, publications and events, alone and mixed: previewed, tested,
sent by a real worker; a restricted page never goes out; a repeated error pauses the issue
with the error itself."""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsletter import planning, rendering, sending
from newsletter.models import Delivery, Issue, IssueItem
from tests.newsletter.issue_support import PUBLISHERS, active_subscriber
from tests.support import wait_until

ADMIN = "/admin/nyhedsbreve/"
TITLES = {
    "Artikel": "Nærværende ledelse på afstand",
    "Udgivelse": "Ledelse af ledere – håndbog",
    "Arrangement": "Erfaringsdag for projektledere",
}
GROUPS = {"Artikel": "Artikler", "Udgivelse": "Udgivelser", "Arrangement": "Arrangementer"}
KIND_SETS = [["Artikel", "Udgivelse", "Arrangement"], ["Artikel"], ["Udgivelse"], ["Arrangement"]]


def issue_with(kinds):
    issue = Issue.objects.create(subject="Ugens nyhedsbrev")
    for order, kind in enumerate(kinds):
        page = PUBLISHERS[kind](TITLES[kind])
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    return issue


@pytest.mark.django_db
@pytest.mark.parametrize("kinds", KIND_SETS, ids="+".join)
def test_preview_and_test_mail_of_every_kind(editor_client, sections, kinds, mailoutbox):
    issue = issue_with(kinds)
    preview = editor_client.get(f"{ADMIN}{issue.pk}/preview/")
    assert preview.status_code == 200
    html = preview.content.decode()
    for kind in kinds:
        assert TITLES[kind] in html and f">{GROUPS[kind]}</h2>" in html

    test = editor_client.post(f"{ADMIN}{issue.pk}/send_test/", {"addresses": "r@kl.dk"})
    assert test.status_code == 302
    [message] = mailoutbox
    for kind in kinds:
        assert TITLES[kind] in message.body and GROUPS[kind].upper() in message.body


@pytest.mark.django_db(transaction=True)
def test_a_mixed_week_is_sent_by_the_worker(sections, celery_worker, mailbox, capsys, client):
    for kind in TITLES:
        PUBLISHERS[kind](TITLES[kind])
    active_subscriber("leder-blandet@kommune.dk")
    active_subscriber("leder-blandet-2@kommune.dk")

    call_command("send_weekly_newsletter", "--wait", "--timeout", "60")
    out = capsys.readouterr().out
    assert "Sendt: 2, fejlet: 0" in out and "venter: 0" in out
    for message in mailbox.wait_for(2):
        text = message.get_body(preferencelist=("plain",)).get_content()
        assert all(title in text for title in TITLES.values())
        # The preferences link is signed (newsletter/links.py) and opens, in both parts.
        preferences = re.search(r"/nyhedsbrev/indstillinger/[^/\s]+/", text)[0]
        assert preferences in message.get_body(preferencelist=("html",)).get_content()
        assert client.get(preferences).status_code == 200
    wait_until(lambda: Issue.objects.get().status == Issue.Status.SENT, 10, "ikke afsluttet")


@pytest.mark.django_db
def test_a_restricted_page_never_goes_into_an_issue(sections):
    public = PUBLISHERS["Artikel"]("Til alle")
    secret = PUBLISHERS["Arrangement"]("Kun for bestyrelsen")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    issue = planning.compose(timezone.now())
    assert [item.page_id for item in issue.items.all()] == [public.pk]

    # Chosen by hand, or restricted after it was chosen: still left out of the mail.
    IssueItem.objects.create(issue=issue, page=secret, sort_order=1)
    assert [item.title for item in rendering.issue_items(issue)] == ["Til alle"]


@pytest.mark.django_db
def test_a_repeated_error_pauses_the_issue_with_the_error_itself(
    editor_client, sections, monkeypatch
):
    issue = issue_with(["Artikel", "Arrangement"])
    subscriber = active_subscriber("leder-fejl@kommune.dk")

    def broken(issue, items):
        raise ValueError('Cannot query "Erfaringsdag": Must be "ArticlePage" instance')

    monkeypatch.setattr(rendering, "render", broken)
    retries = []
    monkeypatch.setattr(sending, "retry_later", retries.append)
    assert sending.start(issue.pk)
    for _ in range(sending.REPEATED_ERROR_PAUSE):
        assert sending.send_chunk(issue.pk) == 0

    issue.refresh_from_db()
    assert issue.status == Issue.Status.PAUSED
    assert 'Must be "ArticlePage" instance' in issue.pause_reason
    assert len(retries) == sending.REPEATED_ERROR_PAUSE - 1
    delivery = Delivery.objects.get(subscriber=subscriber)
    assert delivery.status == Delivery.Status.PENDING and delivery.attempts == 0
    assert "ArticlePage" in delivery.error and "Workeren" not in delivery.error
    page = editor_client.get(f"{ADMIN}{issue.pk}/status/").content.decode()
    assert "Must be &quot;ArticlePage&quot; instance" in page


@pytest.mark.django_db
def test_the_editor_cannot_choose_a_restricted_page(editor_client, sections):
    secret = PUBLISHERS["Arrangement"]("Kun for bestyrelsen")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    data = nested_form_data(
        {
            "subject": "Ugens nyhedsbrev",
            "intro": "",
            "scheduled_at": "",
            "items": inline_formset([{"page": secret.pk, "ORDER": 1}]),
        }
    )
    response = editor_client.post(f"{ADMIN}new/", data)
    assert response.status_code == 200
    assert "Siden er ikke udgivet eller er beskyttet" in response.content.decode()
    assert not Issue.objects.exists()
