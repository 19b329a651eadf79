"""The secretariat's side of an order: the confirmation's content, marking orders shipped one
at a time or several at once (each orderer mailed once), the list and the export."""

import csv
import io
import re

import openpyxl
import pytest
from django.utils import timezone
from wagtail.models import Site

from publications.models import Order, OrderSettings
from publications.order_mails import confirmation_message
from publications.ordering import mark_shipped
from publications.tasks import send_shipped_notice
from tests.publications.factories import make_order, make_publication
from tests.publications.test_publication_page import pdf_document
from tests.support import wait_until

ORDERS = "/admin/bestillinger/"


@pytest.fixture
def orders(index):
    publication = make_publication("Ledelse af frivillige", printed=[7000])
    return [
        make_order(publication, 3, name="Anna Ager", organisation="Ager Kommune"),
        make_order(publication, 5, name="Bo Bæk", organisation="Bæk Kommune", postcode="8000"),
    ]


@pytest.mark.django_db
def test_confirmation_has_number_delivery_time_and_pdf_link(index, settings):
    settings.SITE_URL = "https://lederweb.example"
    document = pdf_document(2, title="Ledelse af frivillige (PDF)")
    publication = make_publication("Ledelse af frivillige", printed=[10], document=document)
    OrderSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"delivery_time": "5 hverdage"}
    )
    order = make_order(publication, 2)

    message = confirmation_message(order)

    assert re.fullmatch(r"\d{4}-\d{4}", order.number)
    assert order.number in message.subject
    assert "sekretariat@lederweb.dk" in message.from_email
    assert f"Ordrenummer: {order.number}" in message.body
    assert "inden for 5 hverdage" in message.body
    pdf_url = f"https://lederweb.example{document.url}"
    assert f"hente publikationen som PDF: {pdf_url}" in message.body
    assert f'<a href="{pdf_url}">hente publikationen som PDF</a>' in message.alternatives[0].content


@pytest.mark.django_db
def test_order_numbers_differ(orders):
    assert len({order.number for order in Order.objects.all()}) == 2


@pytest.mark.django_db
def test_marking_shipped_twice_queues_one_notice(orders, django_capture_on_commit_callbacks):
    ids = [order.pk for order in orders]
    with django_capture_on_commit_callbacks() as first:
        assert len(mark_shipped(ids)) == 2
    with django_capture_on_commit_callbacks() as second:
        assert len(mark_shipped(ids)) == 0
    assert (len(first), len(second)) == (2, 0)


@pytest.mark.django_db
def test_the_shipped_notice_goes_once_and_only_for_shipped_orders(orders, settings, mailbox):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    waiting, shipped = orders
    Order.objects.filter(pk=shipped.pk).update(shipped_at=timezone.now())

    assert send_shipped_notice(waiting.pk) is False
    assert send_shipped_notice(shipped.pk) is True
    assert send_shipped_notice(shipped.pk) is False

    (message,) = mailbox.wait_for(1)
    assert message["Subject"].startswith("Din bestilling er sendt: Ledelse af frivillige")
    assert "Kære Bo Bæk" in message.get_body(("plain",)).get_content()


def test_two_orders_marked_shipped_at_once_each_get_one_mail(
    transactional_db, admin_client, celery_worker, mailbox
):
    from tests.publications.factories import publication_index

    publication_index()
    publication = make_publication("Ledelse af frivillige", printed=[7000])
    anna = make_order(publication, 3, name="Anna Ager", email="anna@ager.example.dk")
    bo = make_order(publication, 5, name="Bo Bæk", email="bo@baek.example.dk")
    url = f"/admin/bulk/publications/order/mark_shipped/?next={ORDERS}&id={anna.pk}&id={bo.pk}"

    confirm = admin_client.get(url).content.decode()
    assert "Ja, markér som afsendt" in confirm
    assert "Anna Ager" in confirm and "Bo Bæk" in confirm
    assert not Order.objects.filter(shipped_at__isnull=False).exists()

    response = admin_client.post(url)

    assert response.status_code == 302
    assert Order.objects.filter(shipped_at__isnull=False).count() == 2
    wait_until(lambda: len(mailbox.messages) >= 2, 30, "ikke to mails om afsendelse")
    assert admin_client.post(url).status_code == 302  # marking again mails nobody
    wait_until(
        lambda: not Order.objects.filter(shipped_notice_sent_at__isnull=True).exists(),
        10,
        "afsendelsesbesked ikke registreret",
    )
    recipients = sorted(rcpt for rcpts, _ in mailbox.messages for rcpt in rcpts)
    assert recipients == ["anna@ager.example.dk", "bo@baek.example.dk"]


@pytest.mark.django_db
def test_the_list_shows_number_address_and_the_bulk_action(admin_client, orders):
    html = admin_client.get(ORDERS).content.decode()

    assert "Rådhuspladsen 1, 8000 København V" in html
    assert orders[0].number in html
    assert "data-bulk-action-checkbox" in html
    assert "Markér som afsendt" in html
    assert "Hent som Excel-ark (XLSX)" in html


@pytest.mark.django_db
def test_csv_export_opens_in_a_danish_excel(admin_client, orders):
    created = timezone.localtime(orders[0].created_at)

    response = admin_client.get(ORDERS + "?export=csv")

    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff")), delimiter=";"))
    anna = next(row for row in rows if row["Navn"] == "Anna Ager")
    assert anna["Bestilt"] == created.strftime("%Y-%m-%d %H:%M:%S")
    assert anna["Ordrenummer"] == orders[0].number


@pytest.mark.django_db
def test_xlsx_export_has_local_times(admin_client, orders):
    created = timezone.localtime(orders[0].created_at).replace(tzinfo=None, microsecond=0)

    response = admin_client.get(ORDERS + "?export=xlsx")

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    column = rows[0].index("Bestilt")
    anna = next(row for row in rows if "Anna Ager" in row)
    assert anna[column] == created
