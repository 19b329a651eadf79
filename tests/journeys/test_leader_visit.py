"""The leader's visit through the running stack: reads an article, follows its related content
to the publication it is about and opens the order form; at full width and on a 320-pixel
phone, with axe-core on every page on the way."""

import pytest

from tests.browser import assert_accessible, horizontal_overflow

pytestmark = pytest.mark.browser


def check(page, width):
    assert_accessible(page)
    if width == 320:
        assert horizontal_overflow(page) <= 0, page.url


@pytest.mark.parametrize("width", [1280, 320])
def test_a_leader_reads_follows_related_content_to_a_publication_and_its_order_form(
    dev_stack, page, width
):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(dev_stack.url + "/artikler/")
    check(page, width)
    page.get_by_role("link", name="Frivillige skal også ledes").first.click()
    page.wait_for_url("**/artikler/frivillige-skal-ogsaa-ledes/")
    main = page.get_by_role("main")
    assert main.get_by_role("heading", level=1).inner_text() == "Frivillige skal også ledes"
    related = main.get_by_role("region", name="Andre læser også")
    assert related.get_by_role("link").count() >= 3
    check(page, width)

    products = main.get_by_role("region", name="Fra projektet »Ledelse af frivillige«")
    launch = products.get_by_role("link", name="Lanceringskonference: Ledelse af frivillige")
    assert launch.is_visible()
    products.get_by_role("link", name="Ledelse af frivillige", exact=True).click()
    page.wait_for_url("**/udgivelser/**")
    assert main.get_by_role("heading", level=1).inner_text() == "Ledelse af frivillige"
    order = main.get_by_role("region", name="Bestil trykte eksemplarer")
    order.scroll_into_view_if_needed()
    assert order.get_by_role("button", name="Bestil").is_visible()
    check(page, width)
