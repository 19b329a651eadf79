import pytest
from django.test import Client

from publications.models import Order
from tests.support import queued_task_names

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Dorthe Demo",
    "organisation": "Demo Kommune",
    "address": "Rådhuspladsen 1",
    "postcode": "1550",
    "city": "København V",
    "email": "dorthe@example.dk",
    "quantity": "5",
}


@pytest.fixture
def order(client, client_ip, publication):
    def post(**changes):
        return client.post(publication.order_url, {**VALID, **changes}, REMOTE_ADDR=client_ip)

    return post


def error_of(html, field):
    """The error text tied to a field through aria-describedby."""
    marker = f'id="id_{field}_error">'
    assert marker in html, f"ingen fejl ved {field}"
    return html.split(marker, 1)[1].split("</p>", 1)[0]


def test_publication_page_has_the_order_form(client, publication):
    html = client.get(publication.url).content.decode()
    assert f'action="{publication.order_url}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label for="id_postcode">Postnummer</label>' in html


def test_valid_order_is_saved_held_and_the_address_asked_for_after_commit(
    client, client_ip, publication, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(publication.order_url, VALID, REMOTE_ADDR=client_ip)

    assert response.status_code == 302
    order = Order.objects.get()
    assert (order.quantity, order.postcode, order.shipped_at) == (5, "1550", None)
    assert order.confirmed_at is None  # until the address is confirmed from the mail
    # the mail with the link, queued only once the order is saved
    assert queued_task_names(callbacks) == ["publications.tasks.send_address_confirmation"]
    assert publication.stock().available == 95
    thanks = client.get(response["Location"]).content.decode()
    assert "Bekræft din bestilling" in thanks
    assert "Vi har sendt en mail til dorthe@example.dk med et link" in thanks
    assert "5 eksemplarer af »Nærværende ledelse på afstand«" in thanks


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("postcode", "123", "Skriv et dansk postnummer med fire cifre"),
        ("postcode", "0100", "Skriv et dansk postnummer med fire cifre"),
        ("postcode", "9999", "Skriv et dansk postnummer med fire cifre"),
        ("postcode", "23000", "Skriv et dansk postnummer med fire cifre"),
        ("postcode", "SE-21", "Skriv et dansk postnummer med fire cifre"),
        ("email", "dorthe@", "Skriv en gyldig e-mailadresse"),
        ("name", "", "Udfyld feltet."),
        ("quantity", "0", "Bestil mindst 1 eksemplar."),
        ("quantity", "fem", "Skriv antallet som et tal"),
    ],
)
def test_invalid_input_gets_a_danish_message_and_keeps_what_was_typed(order, field, value, message):
    response = order(**{field: value})

    html = response.content.decode()
    assert response.status_code == 400
    assert error_of(html, field).count(message) == 1
    assert "Bestillingen er ikke sendt" in html
    assert 'aria-invalid="true"' in html
    assert f'aria-describedby="id_{field}' in html
    assert 'value="Demo Kommune"' in html  # the other fields are kept
    assert 'value="Rådhuspladsen 1"' in html
    assert not Order.objects.exists()


def test_over_fifty_copies_points_to_the_secretariat(order):
    response = order(quantity="51")

    message = error_of(response.content.decode(), "quantity")
    assert "højst 50 eksemplarer" in message
    assert "skriv til sekretariatet" in message
    assert not Order.objects.exists()


def test_ordering_more_than_the_stock_is_refused_in_danish(order, publication):
    from tests.publications.factories import make_order

    make_order(publication, 97, shipped=True)

    response = order(quantity="5")

    assert response.status_code == 409
    assert "Der er kun 3 eksemplarer tilbage" in error_of(response.content.decode(), "quantity")
    assert Order.objects.count() == 1


def test_sold_out_order_page_says_so(client, publication):
    from tests.publications.factories import make_order

    make_order(publication, 100, shipped=True)
    html = client.get(publication.order_url).content.decode()
    assert "Den trykte udgave er udsolgt" in html
    assert 'name="quantity"' not in html


def test_the_form_is_rate_limited_per_address(order, settings):
    settings.PUBLICATIONS_ORDER_RATE = "2/m"
    assert order().status_code == 302
    assert order().status_code == 302

    response = order()

    assert response.status_code == 429
    assert "Du har sendt mange bestillinger på kort tid" in response.content.decode()
    assert Order.objects.count() == 2


def test_a_post_without_csrf_token_is_refused(client_ip, publication):
    client = Client(enforce_csrf_checks=True)
    response = client.post(publication.order_url, VALID, REMOTE_ADDR=client_ip)
    assert response.status_code == 403
    assert not Order.objects.exists()


def test_thanks_page_needs_a_valid_token(client, publication):
    response = client.get(
        publication.subpage_url("order_received", "8d3b0c52-0000-4000-8000-000000000000")
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("postcode", "quantity"), [("²³⁰⁰", "3"), ("٢٣٠٠", "٣"), ("２３００", "３")]
)
def test_unicode_digits_are_stored_as_ascii(order, postcode, quantity):
    response = order(postcode=postcode, quantity=quantity)

    assert response.status_code == 302
    stored = Order.objects.get()
    assert (stored.postcode, stored.quantity) == ("2300", 3)


def test_a_nul_byte_is_refused_in_danish(order):
    response = order(name="Dorthe\x00")

    assert response.status_code == 400
    assert "ugyldigt tegn" in error_of(response.content.decode(), "name")
    assert not Order.objects.exists()


def test_an_address_gets_at_most_its_monthly_copies(order, settings):
    settings.PUBLICATIONS_MONTHLY_COPIES_PER_ADDRESS = 8
    assert order(quantity="5").status_code == 302

    response = order(quantity="4", email="DORTHE@example.dk", organisation="Anden Kommune")

    assert response.status_code == 409
    message = error_of(response.content.decode(), "quantity")
    assert "allerede bestilt 5 eksemplarer til denne e-mailadresse" in message
    assert "højst 8 om måneden pr. adresse" in message
    assert order(quantity="3", organisation="Anden Kommune").status_code == 302


def test_an_organisation_gets_at_most_its_monthly_copies(order, settings):
    settings.PUBLICATIONS_MONTHLY_COPIES_PER_ORGANISATION = 10
    assert order(quantity="6").status_code == 302

    response = order(quantity="5", email="kollega@example.dk", organisation="demo kommune")

    assert response.status_code == 409
    assert "højst 10 om måneden pr. organisation" in error_of(response.content.decode(), "quantity")
    assert Order.objects.count() == 1


def test_mails_show_what_was_typed_and_cannot_be_given_headers(order):
    from publications.order_mails import confirmation_message

    name = "<script>alert(1)</script> Eve\r\nBcc: victim@example.org"
    assert order(name=name).status_code == 302
    stored = Order.objects.get()
    assert stored.name == "<script>alert(1)</script> Eve Bcc: victim@example.org"

    message = confirmation_message(stored).message()

    assert message["Bcc"] is None
    text, html = (part.get_payload(decode=True).decode() for part in message.get_payload())
    assert "Kære <script>alert(1)</script> Eve Bcc: victim@example.org" in text
    assert "&lt;script&gt;" not in text
    assert "Kære &lt;script&gt;alert(1)&lt;/script&gt; Eve" in html


def test_order_and_publication_pages_say_how_to_reach_the_secretariat(client, publication):
    from wagtail.models import Site

    from lederweb.models import SiteSettings

    details = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    details.phone, details.email = "33 70 33 70", "sekretariat@example.dk"
    details.save()

    for url in (publication.url, publication.order_url):
        html = client.get(url).content.decode()
        assert (
            'Skriv til sekretariatet på <a href="mailto:sekretariat@example.dk">'
            "sekretariat@example.dk</a> eller ring på "
            '<a href="tel:33703370">33 70 33 70</a>.'
        ) in html, url


def test_the_postcode_is_as_long_as_its_column(client, publication):
    from publications.forms import OrderForm

    column = Order._meta.get_field("postcode").max_length
    assert OrderForm.base_fields["postcode"].max_length == column
    html = client.get(publication.order_url).content.decode()
    assert f'maxlength="{column}"' in html.split('name="postcode"', 1)[1].split(">", 1)[0]
