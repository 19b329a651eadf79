"""Issue 10.5 for orders: an order from the form holds its copies only until its address is
confirmed from the mailed link (PUBLICATIONS_PENDING_HOLD_MINUTES); beat deletes what nobody
confirms, so invented addresses cannot empty the stock. GET on the link changes nothing."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from lederweb.confirm_link import make_token
from publications.models import Order
from publications.ordering import release_unconfirmed
from tests.publications.factories import make_order, make_publication
from tests.publications.test_order_form import VALID
from tests.support import queued_task_names

pytestmark = pytest.mark.django_db

HOLD = settings.PUBLICATIONS_PENDING_HOLD_MINUTES


def later(minutes):
    return timezone.now() + timedelta(minutes=minutes)


def confirm_path(order):
    return order.publication.subpage_url("confirm_order", make_token(order, "confirm"))


@pytest.fixture
def place(client, client_ip, publication):
    """Posts the order form as a reader does; the order it saved."""

    def place(**changes):
        response = client.post(publication.order_url, {**VALID, **changes}, REMOTE_ADDR=client_ip)
        assert response.status_code == 302, response.content.decode()[-2000:]
        return Order.objects.filter(email=changes.get("email", VALID["email"])).first()  # newest

    return place


def test_invented_addresses_hold_the_copies_only_until_beat_releases_them(
    client, client_ip, place, publication
):
    for number in range(2):
        place(quantity="50", email=f"opdigtet{number}@example.com", organisation=f"Org {number}")
    assert publication.stock().available == 0  # held meanwhile
    assert "Den trykte udgave er udsolgt" in client.get(publication.order_url).content.decode()
    refused = client.post(publication.order_url, VALID, REMOTE_ADDR=client_ip)
    assert refused.status_code == 409

    assert release_unconfirmed(now=later(HOLD + 1)) == 2
    assert release_unconfirmed(now=later(HOLD + 1)) == 0  # each released once

    assert not Order.objects.exists()  # nothing kept of addresses nobody confirmed
    assert publication.stock().available == 100


def test_the_copies_are_free_as_soon_as_the_hold_runs_out(place, publication, settings):
    settings.PUBLICATIONS_MONTHLY_COPIES_PER_ADDRESS = 50
    place(quantity="50")
    Order.objects.update(held_until=timezone.now())  # beat has not run yet

    assert publication.stock().available == 100
    place(quantity="50", organisation="Anden Kommune")  # the lapsed one counts in no cap


def test_holds_younger_than_the_limit_stay(place, publication):
    place(quantity="5")
    assert release_unconfirmed(now=later(HOLD - 1)) == 0
    assert publication.stock().available == 95


def test_a_confirmed_order_keeps_its_copies(
    client, place, publication, django_capture_on_commit_callbacks
):
    order = place(quantity="5")
    received = client.get(publication.subpage_url("order_received", order.reference))
    assert "Bekræft din bestilling" in received.content.decode()

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(confirm_path(order))

    assert response.url == publication.subpage_url("order_received", order.reference)
    # the order confirmation, queued once the order is confirmed
    assert queued_task_names(callbacks) == ["publications.tasks.send_order_confirmation"]
    order.refresh_from_db()
    assert order.confirmed_at is not None and order.held_until is None
    assert "Tak for din bestilling" in client.get(response.url).content.decode()
    assert release_unconfirmed(now=later(HOLD + 1)) == 0
    assert publication.stock().available == 95


def test_opening_the_link_changes_nothing(
    client, place, publication, django_capture_on_commit_callbacks
):
    order = place(quantity="5")

    with django_capture_on_commit_callbacks() as callbacks:
        page = client.get(confirm_path(order))
        client.head(confirm_path(order))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Bekræft bestillingen</button>" in html
    assert "dorthe@example.dk" in html and "5 eksemplarer" in html
    assert '<meta name="robots" content="noindex">' in html
    assert not callbacks
    order.refresh_from_db()
    assert order.confirmed_at is None
    assert release_unconfirmed(now=later(HOLD + 1)) == 1


def test_confirming_twice_confirms_once(client, place, django_capture_on_commit_callbacks):
    order = place()
    client.post(confirm_path(order))

    with django_capture_on_commit_callbacks() as callbacks:
        again = client.post(confirm_path(order))

    assert again.status_code == 302
    assert not callbacks


def test_an_expired_link_says_so_in_danish(client, place, publication):
    order = place()
    path = confirm_path(order)
    release_unconfirmed(now=later(HOLD + 1))

    for response in (client.get(path), client.post(path)):
        assert response.status_code == 404
        html = response.content.decode()
        assert "Linket virker ikke længere" in html
        assert f"inden for {HOLD} minutter" in html
        assert "Du er velkommen til at bestille igen" in html
    assert client.get(publication.url + "bestil/bekraeft/1-forfalsket/").status_code == 404


def test_a_link_whose_hold_ran_out_confirms_nothing(client, place):
    order = place()
    Order.objects.update(held_until=timezone.now())  # ran out; beat has not deleted it yet

    response = client.post(confirm_path(order))

    assert response.status_code == 404
    assert "Linket virker ikke længere" in response.content.decode()
    order.refresh_from_db()
    assert order.confirmed_at is None


def test_a_link_opens_only_its_own_publication(client, place, index):
    order = place()
    other = make_publication("Ledelse af frivillige", printed=[10])
    token = make_token(order, "confirm")

    assert client.post(other.subpage_url("confirm_order", token)).status_code == 404
    order.refresh_from_db()
    assert order.confirmed_at is None


def test_the_confirm_form_is_csrf_protected(place):
    order = place()
    assert Client(enforce_csrf_checks=True).post(confirm_path(order)).status_code == 403
    order.refresh_from_db()
    assert order.confirmed_at is None


def test_editors_neither_list_export_nor_ship_unconfirmed_orders(admin_client, publication):
    from publications.ordering import mark_shipped

    confirmed = make_order(publication, 3, organisation="Bekræftet Kommune")
    pending = make_order(publication, 4, organisation="Opdigtet Kommune", pending=True)

    listing = admin_client.get("/admin/bestillinger/").content.decode()
    assert "Bekræftet Kommune" in listing and "Opdigtet Kommune" not in listing
    assert "reserveret 7" in listing  # its copies are held meanwhile
    export = admin_client.get("/admin/bestillinger/?export=csv")
    assert "Opdigtet Kommune" not in b"".join(export.streaming_content).decode("utf-8-sig")
    assert admin_client.get(f"/admin/bestillinger/afsendt/{pending.pk}/").status_code == 404
    bulk = f"/admin/bulk/publications/order/mark_shipped/?id={confirmed.pk}&id={pending.pk}"
    assert admin_client.post(bulk).status_code == 302

    assert list(mark_shipped([pending.pk])) == []
    pending.refresh_from_db()
    assert pending.shipped_at is None
    assert Order.objects.get(pk=confirmed.pk).shipped_at is not None
    pending.shipped_at = timezone.now()  # as the edit form would set it
    with pytest.raises(ValidationError, match="ikke bekræftet af bestilleren"):
        pending.full_clean()
