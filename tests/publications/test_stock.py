import pytest

from publications.models import PrintRun, PublicationPage
from tests.publications.factories import make_order, make_publication

pytestmark = pytest.mark.django_db


def test_stock_counts_every_print_run_and_only_shipped_orders_as_sent(index):
    publication = make_publication("Ledere der lykkes", printed=[4000, 2000])
    make_order(publication, 3800, shipped=True)
    make_order(publication, 1500, shipped=True)
    make_order(publication, 20)

    stock = publication.stock()

    assert (stock.printed, stock.sent, stock.reserved, stock.available) == (6000, 5300, 20, 680)


def test_listing_annotations_agree_with_the_single_page_figures(index):
    publication = make_publication("Sammenhængskraft – i virkeligheden", printed=[3000, 1500])
    make_order(publication, 2800, shipped=True)
    make_order(publication, 7)

    annotated = PublicationPage.objects.with_stock().get(pk=publication.pk).stock()

    assert annotated == publication.stock()
    assert annotated.available == 3000 + 1500 - 2800 - 7


def test_a_reprint_makes_a_sold_out_publication_orderable_again(client, index):
    publication = make_publication("Ledelse af frivillige", printed=[50])
    make_order(publication, 50, shipped=True)
    assert "Den trykte udgave er udsolgt" in client.get(publication.url).content.decode()

    PrintRun.objects.create(page=publication, printed_on="2013-06-01", copies=500, note="genoptryk")

    html = client.get(publication.url).content.decode()
    assert "Den trykte udgave kan bestilles gratis" in html
    assert publication.stock().available == 500


def test_the_page_says_when_there_is_no_printed_edition(client, index):
    publication = make_publication("Kun som PDF")
    html = client.get(publication.url).content.decode()
    assert "findes ikke i en trykt udgave" in html
    assert 'name="quantity"' not in html
