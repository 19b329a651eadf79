"""Rows made once a session in the served demo site, for the page-type tests that walk every
page (test_html_validity.py, test_header_browser.py): made twice, the subscribers collide."""

import pytest

from tests.newsletter.site_support import make_site_subscribers
from tests.support import run_in_site

MAKE_ORDERS = """
import json
from publications.models import Order, PublicationPage
from publications.ordering import place_order
from lederweb.confirm_link import make_token

publication = PublicationPage.objects.get(slug="naervaerende-ledelse-paa-afstand")
data = dict(
    name="Vnu Tjek", organisation="Demo Kommune", address="Rådhuspladsen 1",
    postcode="1550", city="København V", email="vnu-bestiller@kommune.dk", quantity=2,
)
order = Order.objects.create(publication=publication, **data)  # as an editor enters one
pending = place_order(publication, data)  # from the form: its address not yet confirmed
print(json.dumps({
    "order": str(order.reference),
    "pending_order": str(pending.reference),
    "order_token": make_token(pending, "confirm"),
}))
"""


@pytest.fixture(scope="session")
def made_rows(demo_site):
    tokens = make_site_subscribers(demo_site, "vnu")
    return {
        **run_in_site(demo_site, MAKE_ORDERS),
        "confirm": tokens["pending"]["confirm"],
        "staying": tokens["staying"]["token"],
        "preferences": tokens["staying"]["preferences"],
        "leaving": tokens["leaving"]["token"],
    }
