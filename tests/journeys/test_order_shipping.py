"""An order's whole way through the running stack: two leaders order printed copies of a
publication on a 320-pixel phone (axe on each page), each confirms the address from the mailed
link and is then mailed the confirmation; the editor marks both orders shipped at once in the
admin, and each leader gets one mail saying so."""

import pytest

from tests.browser import assert_accessible
from tests.journeys.test_event_registration import link, wait_for_mail

pytestmark = pytest.mark.browser

PUBLICATION = "/udgivelser/ledelse-af-frivillige/"
LEADERS = [
    ("Anna Ager", "anna@ager-kommune.dk", "Ager Kommune"),
    ("Bo Bæk", "bo@baek-kommune.dk", "Bæk Kommune"),
]


def order(browser, mailbox, url, name, email, organisation):
    context = browser.new_context(locale="da-DK", viewport={"width": 320, "height": 740})
    page = context.new_page()
    page.goto(url)
    assert_accessible(page)
    form = page.locator("form", has=page.locator("#id_postcode"))
    form.locator("#id_name").fill(name)
    form.locator("#id_organisation").fill(organisation)
    form.locator("#id_address").fill("Torvet 1")
    form.locator("#id_postcode").fill("7100")
    form.locator("#id_city").fill("Vejle")
    form.locator("#id_email").fill(email)
    form.locator("#id_quantity").fill("3")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/bestil/tak/**")
    page.get_by_role("heading", name="Bekræft din bestilling").wait_for()
    assert email in page.get_by_role("main").inner_text()
    assert_accessible(page)

    page.goto(link(wait_for_mail(mailbox, email, "Bekræft din bestilling"), "bekraeft"))
    assert_accessible(page)
    page.get_by_role("button", name="Bekræft bestillingen").click()
    page.wait_for_url("**/bestil/tak/**")
    page.get_by_role("heading", name="Tak for din bestilling").wait_for()
    assert_accessible(page)
    context.close()


def test_two_leaders_order_and_the_editor_marks_both_shipped_at_once(
    dev_stack, browser, editor_page, mailbox
):
    for name, email, organisation in LEADERS:
        order(browser, mailbox, dev_stack.url + PUBLICATION, name, email, organisation)
    for _, email, _ in LEADERS:
        confirmation = wait_for_mail(mailbox, email, "Tak for din bestilling")
        assert "Ledelse af frivillige" in confirmation["Subject"]

    page = editor_page
    page.goto(dev_stack.url + "/admin/bestillinger/")
    for name, _, _ in LEADERS:
        row = page.locator("tbody tr", has_text=name)
        row.locator("input[data-bulk-action-checkbox]").check()
    page.locator("[data-bulk-action-footer]").get_by_text("Markér som afsendt").click()
    page.get_by_role("button", name="Ja, markér som afsendt").click()
    page.wait_for_url("**/admin/bestillinger/**")

    for _, email, _ in LEADERS:
        shipped = wait_for_mail(mailbox, email, "Din bestilling er sendt")
        assert "Ledelse af frivillige" in shipped["Subject"]
