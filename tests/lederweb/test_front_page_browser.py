"""The front page's cards in a real browser: a clear hierarchy (the featured item widest,
then the cards, then the compact lists), the cards of a row equally tall, and titles that
are not underlined until pointed at."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Every list of cards on the front page whose items stand side by side.
ROWS_OF_CARDS = [
    "#home-articles + .cards__list",
    ".publication-list",
    "#section-cards-heading + .cards__list",
]


def boxes_by_row(page, selector):
    """The bounding boxes of a list's items, grouped by the row they stand in."""
    items = page.locator(f"{selector} > li")
    rows = {}
    for n in range(items.count()):
        box = items.nth(n).bounding_box()
        rows.setdefault(round(box["y"]), []).append(box)
    return rows


def test_front_page_cards_have_a_hierarchy_and_equal_heights(page, demo_site):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(demo_site.url + "/")
    for selector in ROWS_OF_CARDS:
        rows = boxes_by_row(page, selector)
        assert any(len(row) > 1 for row in rows.values()), f"{selector}: cards side by side"
        for row in rows.values():
            heights = {round(box["height"]) for box in row}
            assert len(heights) == 1, f"{selector}: unequal heights {heights} in one row"

    featured = page.locator(".card--featured")
    card = page.locator(".article-card").first
    compact = page.locator(".compact-list__title").first
    assert featured.bounding_box()["width"] > 2 * card.bounding_box()["width"]
    size = "el => parseFloat(getComputedStyle(el).fontSize)"
    sizes = [
        featured.locator(".card__title").evaluate(size),
        card.locator(".card__title").evaluate(size),
        compact.evaluate(size),
    ]
    assert sizes[0] > sizes[1] >= sizes[2], sizes

    title = card.locator(".card__title a")
    underline = "el => getComputedStyle(el).textDecorationLine"
    assert title.evaluate(underline) == "none"
    card.hover()
    assert title.evaluate(underline) == "underline", "pointed at, the title is underlined"
    expect(card.locator(".card__arrow")).to_be_visible()
    # The whole card is the link: a click beside the title opens the article.
    href = title.get_attribute("href")
    box = card.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 12, box["y"] + box["height"] - 12)
    page.wait_for_url(f"**{href}")
