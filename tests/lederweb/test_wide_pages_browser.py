"""Pages that use the width, in a real browser: at 1366 px the publication's cover stands beside
its facts, the order form beside a summary of the order, the event's facts beside its text;
on a 375 × 740 phone the event's »Tilmeld dig« and the search page's first result are in the
first screen, with one search field on the page. Share links are plain links (nothing is
fetched from another site), and an article or a publication prints without the site's frame."""

import re
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser import assert_accessible
from tests.lederweb.test_html_validity import EVENT, PUBLICATION

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 375, "height": 740}
WIDE = {"width": 1366, "height": 900}
ARTICLE = "/artikler/traen-din-innovationsmuskel/"
SHARE_HOSTS = {"www.linkedin.com", "www.facebook.com", "twitter.com"}


@pytest.fixture
def wide(browser):
    context = browser.new_context(locale="da-DK", viewport=WIDE)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="da-DK", viewport=PHONE)
    yield context.new_page()
    context.close()


def beside(left, right):
    """`right` starts after `left` ends, and the two share some height."""
    a, b = left.bounding_box(), right.bounding_box()
    assert a["x"] + a["width"] <= b["x"], (a, b)
    assert b["y"] < a["y"] + a["height"] and a["y"] < b["y"] + b["height"], (a, b)


def in_first_screen(locator, height):
    box = locator.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= height, box


def requests_elsewhere(page, site_url, path):
    """Opens `path` and returns the addresses the page fetched from any other site."""
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    own = urlsplit(site_url).netloc
    return [url for url in fetched if urlsplit(url).netloc not in (own, "")]


def assert_share_links(page, path):
    links = page.locator(".share-links a")
    expect(links).to_have_count(4)
    hrefs = [links.nth(n).get_attribute("href") for n in range(4)]
    assert hrefs[0].startswith("mailto:?subject=")
    assert {urlsplit(href).netloc for href in hrefs[1:]} == SHARE_HOSTS
    assert all(path in unquote(href) for href in hrefs), "each shares the page's address"


def assert_prints_without_the_frame(page, *also_hidden):
    page.emulate_media(media="print")
    for frame in (".site-header", ".site-footer", ".share-links", ".breadcrumbs", *also_hidden):
        expect(page.locator(frame)).to_be_hidden()
    expect(page.locator("main h1")).to_be_visible()
    assert page.locator("main form").evaluate_all("forms => forms.every(f => !f.checkVisibility())")
    colour = page.locator("main h1").evaluate("h => getComputedStyle(h).color")
    assert colour == "rgb(0, 0, 0)", "black on white"


def test_publication_cover_beside_its_facts_with_actions_share_and_print(wide, demo_site):
    elsewhere = requests_elsewhere(wide, demo_site.url, PUBLICATION)
    assert elsewhere == [], "nothing from another site, share links included"
    beside(wide.locator(".publication__cover img"), wide.locator(".publication-facts"))
    for action in ("Hent publikationen som PDF", "Bestil trykte eksemplarer"):
        in_first_screen(wide.get_by_role("link", name=action), WIDE["height"])
    assert_share_links(wide, PUBLICATION)
    assert_prints_without_the_frame(wide)
    expect(wide.locator(".publication__cover img")).to_be_visible()


def test_article_shares_and_prints_cleanly(wide, demo_site):
    assert requests_elsewhere(wide, demo_site.url, ARTICLE) == []
    assert_share_links(wide, ARTICLE)
    assert_prints_without_the_frame(wide, ".most-read")


def test_event_sign_up_is_in_the_first_screen_and_the_facts_beside_the_text(phone, demo_site):
    phone.goto(demo_site.url + EVENT)
    sign_up = phone.get_by_role("link", name="Tilmeld dig")
    in_first_screen(sign_up, PHONE["height"])
    sign_up.click()
    expect(phone).to_have_url(re.compile("#tilmelding$"))
    expect(phone.get_by_role("button", name="Tilmeld mig")).to_be_visible()
    assert_share_links(phone, EVENT)
    phone.set_viewport_size(WIDE)
    phone.goto(demo_site.url + EVENT)
    beside(phone.locator("main h1"), phone.locator(".event-facts"))
    in_first_screen(phone.get_by_role("link", name="Tilmeld dig"), WIDE["height"])


def test_order_form_beside_a_summary_of_the_order(wide, demo_site):
    wide.goto(demo_site.url + PUBLICATION + "bestil/")
    summary = wide.get_by_role("complementary", name="Det bestiller du")
    expect(summary).to_contain_text("Gratis")
    beside(wide.locator("main form"), summary)
    assert_accessible(wide)


def test_search_on_a_phone_one_field_and_the_first_result_in_the_first_screen(phone, demo_site):
    phone.goto(demo_site.url + "/soeg/?q=ledere")
    expect(phone.locator('input[name="q"]')).to_have_count(1)  # the header has none here
    in_first_screen(phone.locator(".search-result").first, PHONE["height"])
    filters = phone.get_by_label("Type")
    expect(filters).to_be_hidden()
    phone.locator("summary", has_text="Afgræns søgningen").click()  # a <details>: no script needed
    expect(filters).to_be_visible()
    assert_accessible(phone)
    phone.set_viewport_size(WIDE)
    expect(phone.get_by_label("Type")).to_be_visible()
