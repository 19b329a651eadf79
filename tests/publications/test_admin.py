import csv
import io

import pytest

from publications.models import Order
from tests.publications.factories import make_order, make_publication

pytestmark = pytest.mark.django_db

ORDERS = "/admin/bestillinger/"


@pytest.fixture
def orders(index):
    publication = make_publication("Ledelse af frivillige", printed=[7000])
    return {
        "shipped": make_order(publication, 2000, shipped=True, organisation="Region Demo"),
        "waiting": make_order(publication, 12, organisation="Demo Kommune"),
    }


def test_orders_listing_shows_stock_beside_each_order(admin_client, orders):
    html = admin_client.get(ORDERS).content.decode()
    assert "Region Demo" in html and "Demo Kommune" in html
    assert "trykt 7000 · sendt 2000 · reserveret 12 · lager 4988" in html
    assert "Markér som afsendt" in html


def test_orders_can_be_filtered_by_status(admin_client, orders):
    html = admin_client.get(ORDERS + "?status=afventer").content.decode()
    assert "Demo Kommune" in html and "Region Demo" not in html


def test_mark_shipped_asks_then_records_and_moves_copies_to_sent(admin_client, orders):
    waiting = orders["waiting"]
    url = f"{ORDERS}afsendt/{waiting.pk}/"

    confirm = admin_client.get(url).content.decode()
    assert "Ja, markér som afsendt" in confirm
    assert Order.objects.get(pk=waiting.pk).shipped_at is None

    response = admin_client.post(url)

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.shipped_at is not None
    stock = waiting.publication.stock()
    assert (stock.sent, stock.reserved, stock.available) == (2012, 0, 4988)


def test_orders_export_as_csv(admin_client, orders):
    response = admin_client.get(ORDERS + "?export=csv")

    assert response.status_code == 200
    assert 'filename="bestillinger.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content), delimiter=";"))
    assert {row["Organisation"] for row in rows} == {"Region Demo", "Demo Kommune"}
    waiting = next(row for row in rows if row["Organisation"] == "Demo Kommune")
    assert waiting["Antal"] == "12"
    assert waiting["Udgivelse"] == "Ledelse af frivillige"
    assert waiting["Postnummer"] == "1550"


def test_editors_see_printed_sent_and_stock_on_the_publication(admin_client, orders):
    publication = orders["waiting"].publication
    html = admin_client.get(f"/admin/pages/{publication.pk}/edit/").content.decode()
    assert "Trykt i alt" in html
    assert "7.000 eksemplarer" in html and "4.988 eksemplarer" in html


def test_a_reprint_is_a_new_print_run_in_the_editor(admin_client, orders):
    publication = orders["waiting"].publication
    html = admin_client.get(f"/admin/pages/{publication.pk}/edit/").content.decode()
    assert "Oplag og lager" in html
    assert "print_runs-TOTAL_FORMS" in html
