import pytest

from newsletter import subscriptions
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

ADMIN = "/admin/abonnenter/"


@pytest.fixture
def subscribers(sections):
    active = subscriptions.sign_up("aktiv@kommune.dk", sections[:1], "footer")
    subscriptions.confirm(active.token)
    subscriptions.sign_up("venter@region.dk", sections, "signup-page")
    return sections


def test_editors_list_and_search_subscribers(editor_client, subscribers):
    html = editor_client.get(ADMIN).content.decode()
    assert "aktiv@kommune.dk" in html and "venter@region.dk" in html

    found = editor_client.get(ADMIN, {"q": "region"}).content.decode()
    assert "venter@region.dk" in found and "aktiv@kommune.dk" not in found


def test_editors_filter_by_status_and_section(editor_client, subscribers):
    active = editor_client.get(ADMIN, {"status": Subscriber.Status.ACTIVE}).content.decode()
    assert "aktiv@kommune.dk" in active and "venter@region.dk" not in active

    section = subscribers[2].pk
    in_section_3 = editor_client.get(ADMIN, {"sections": section}).content.decode()
    assert "venter@region.dk" in in_section_3 and "aktiv@kommune.dk" not in in_section_3


def test_editors_export_subscribers_as_csv(editor_client, subscribers):
    response = editor_client.get(ADMIN, {"export": "csv"})

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    lines = content.strip().splitlines()
    assert len(lines) == 3
    assert "aktiv@kommune.dk,Aktiv,1," in content


def test_nobody_is_added_by_hand(editor_client, subscribers):
    assert "/admin/abonnenter/new/" not in editor_client.get(ADMIN).content.decode()
    assert editor_client.get(ADMIN + "new/").status_code in (302, 403)


def test_editors_inspect_a_subscriber_and_change_only_the_sections(editor_client, subscribers):
    subscriber = Subscriber.objects.get(email="aktiv@kommune.dk")

    inspect = editor_client.get(f"{ADMIN}inspect/{subscriber.pk}/")
    assert inspect.status_code == 200
    assert subscriber.email_hash in inspect.content.decode()

    edit = editor_client.get(f"{ADMIN}edit/{subscriber.pk}/").content.decode()
    assert 'name="sections"' in edit
    assert 'name="email"' not in edit and 'name="status"' not in edit


def test_an_unsubscribed_person_is_listed_without_none_as_address(editor_client, subscribers):
    subscriber = Subscriber.objects.get(email="aktiv@kommune.dk")
    subscriptions.unsubscribe(subscriber.token)
    html = editor_client.get(ADMIN, {"status": Subscriber.Status.UNSUBSCRIBED}).content.decode()
    assert "Adressen er slettet ved afmeldingen" in html
    assert ">None<" not in html and "None</a>" not in html
