"""The weekly issue composed ahead as a draft the editors are told about, can change and
pause; "Send nu" after a confirmation with the number of recipients; tests to typed
addresses, whose personal links explain themselves."""

import datetime
from datetime import timedelta

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsletter import planning
from newsletter.models import Delivery, Issue, SendSettings
from tests.newsletter.issue_support import active_subscriber, publish_article

pytestmark = pytest.mark.django_db

ADMIN = "/admin/nyhedsbreve/"
THURSDAY_8 = datetime.datetime(2026, 12, 3, 7, 0, tzinfo=datetime.UTC)  # 08:00 in Copenhagen
WEDNESDAY_12 = THURSDAY_8 - timedelta(hours=20)  # the day before at 12:00


@pytest.fixture
def composed(sections, django_capture_on_commit_callbacks):
    publish_article("Første artikel", when=WEDNESDAY_12 - timedelta(days=2))
    publish_article("Anden artikel", when=WEDNESDAY_12 - timedelta(days=1))
    assert planning.plan(now=WEDNESDAY_12 - timedelta(minutes=1)) == []
    assert not Issue.objects.exists()
    with django_capture_on_commit_callbacks() as callbacks:
        assert planning.plan(now=WEDNESDAY_12 + timedelta(minutes=1)) == []
    assert len(callbacks) == 1  # the editors' mail is queued
    return Issue.objects.get()


def test_the_issue_is_composed_the_day_before_and_goes_at_the_slot(composed):
    assert composed.status == Issue.Status.SCHEDULED
    assert composed.scheduled_at == THURSDAY_8 and composed.slot == THURSDAY_8
    assert composed.subject == "Lederwebs nyhedsbrev 3. december 2026"
    assert planning.plan(now=WEDNESDAY_12 + timedelta(minutes=2)) == []
    assert Issue.objects.count() == 1
    assert planning.plan(now=THURSDAY_8 + timedelta(minutes=1)) == [composed.pk]
    assert Issue.objects.get().status == Issue.Status.SENDING


def test_the_compose_time_is_a_setting(sections):
    config = SendSettings.load()
    config.compose_days_before = 0
    config.compose_time = datetime.time(7, 0)
    config.save()
    publish_article("Artikel", when=WEDNESDAY_12 - timedelta(days=1))
    planning.plan(now=WEDNESDAY_12 + timedelta(minutes=1))
    assert not Issue.objects.exists()
    planning.plan(now=THURSDAY_8 - timedelta(minutes=59))  # 07:01 Copenhagen time
    assert Issue.objects.get().status == Issue.Status.SCHEDULED


def test_a_paused_draft_does_not_go_until_resumed(composed, editor_client):
    editor_client.post(f"{ADMIN}{composed.pk}/pause/")
    assert Issue.objects.get().status == Issue.Status.PAUSED
    assert planning.plan(now=THURSDAY_8 + timedelta(minutes=1)) == []
    assert not Delivery.objects.exists()
    editor_client.post(f"{ADMIN}{composed.pk}/resume/")
    assert Issue.objects.get().status == Issue.Status.SCHEDULED


def test_the_editors_are_mailed_and_see_it_on_the_dashboard(composed, editor_client, mailoutbox):
    assert planning.notify_editors(composed.pk) == 1
    assert planning.notify_editors(composed.pk) == 0  # once
    [message] = mailoutbox
    assert message.to == ["r@kl.dk"]
    assert "klar til gennemsyn" in message.subject
    assert "Første artikel" in message.body and "torsdag 3. december kl. 08.00" in message.body
    assert f"/admin/nyhedsbreve/{composed.pk}/status/" in message.body
    dashboard = editor_client.get("/admin/").content.decode()
    assert "Nyhedsbrev klar til gennemsyn" in dashboard
    assert f"/admin/nyhedsbreve/{composed.pk}/status/" in dashboard


def test_editors_reorder_remove_add_and_rename(composed, editor_client):
    first, second = composed.items.order_by("sort_order")
    added = publish_article("Tilføjet i sidste øjeblik")
    edit = editor_client.get(f"{ADMIN}edit/{composed.pk}/").content.decode()
    assert f"/admin/nyhedsbreve/{composed.pk}/status/" in edit  # the status page is a click away
    data = nested_form_data(
        {
            "subject": "Ugens vigtigste",
            "intro": "",
            "scheduled_at": "",
            "items": inline_formset(
                [
                    {"id": second.pk, "page": second.page_id, "ORDER": 1},
                    {"id": first.pk, "page": first.page_id, "ORDER": 3, "DELETE": "1"},
                    {"page": added.pk, "ORDER": 2},
                ],
                initial=2,
            ),
        }
    )
    data["scheduled_at"] = "2026-12-03 08:00"
    response = editor_client.post(f"{ADMIN}edit/{composed.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    issue = Issue.objects.get()
    assert issue.subject == "Ugens vigtigste"
    titles = [item.page.title for item in issue.items.order_by("sort_order")]
    assert titles == [second.page.title, "Tilføjet i sidste øjeblik"]


def test_send_now_asks_first_and_shows_the_recipients(composed, editor_client):
    for number in range(3):
        active_subscriber(f"modtager-{number}@kommune.dk")
    status = editor_client.get(f"{ADMIN}{composed.pk}/status/").content.decode()
    assert '<dd data-field="total">3</dd>' in status
    confirm = editor_client.get(f"{ADMIN}{composed.pk}/send_now/").content.decode()
    assert 'til <strong data-field="recipients">3</strong> modtagere' in confirm
    assert Issue.objects.get().status == Issue.Status.SCHEDULED
    editor_client.post(f"{ADMIN}{composed.pk}/send_now/")
    assert Issue.objects.get().status == Issue.Status.SENDING
    assert Delivery.objects.count() == 3


def test_a_test_goes_to_typed_addresses(composed, editor_client, mailoutbox, client):
    response = editor_client.post(
        f"{ADMIN}{composed.pk}/send_test/", {"addresses": "a@kommune.dk, b@region.dk"}
    )
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mailoutbox) == ["a@kommune.dk", "b@region.dk"]
    assert all(message.subject.startswith("[Test] ") for message in mailoutbox)
    assert not Delivery.objects.exists()

    for kind in ("afmeld", "indstillinger"):
        link = f"/nyhedsbrev/{kind}/forhaandsvisning/"
        assert link in mailoutbox[0].body
        page = client.get(link)
        assert page.status_code == 200 and "testmail" in page.content.decode()
    assert client.post("/nyhedsbrev/afmeld/forhaandsvisning/").status_code == 200


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("ikke-en-adresse", "Ikke en gyldig e-mailadresse: ikke-en-adresse"),
        (", ".join(f"r{n}@kl.dk" for n in range(6)), "Højst 5 adresser ad gangen."),
        ("", "Dette felt er påkrævet."),
    ],
)
def test_a_wrong_test_address_is_refused_clearly(composed, editor_client, mailoutbox, typed, error):
    response = editor_client.post(f"{ADMIN}{composed.pk}/send_test/", {"addresses": typed})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert mailoutbox == []
