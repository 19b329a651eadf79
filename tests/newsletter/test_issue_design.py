"""The branded issue: logo, colours, a picture per item with alt text, items grouped by kind,
short »Læs mere« links named with the title, inlined CSS in a 600 px table layout with a
dark-mode style block, absolute links; and the text part beside it."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from newsletter import rendering
from newsletter.models import Issue, IssueItem
from tests.newsletter.issue_support import publish_article, publish_event, publish_publication
from tests.projects.factories import small_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(sections):
    issue = Issue.objects.create(subject="Ugens nyhedsbrev", intro="Godmorgen.\n\nGod læsning.")
    pages = [
        publish_article("Nærværende ledelse", image=small_image(alt="Leder i samtale")),
        publish_event("Erfaringsdag for projektledere"),
        publish_publication("Ledelse af ledere", cover=small_image(alt="Forsiden")),
        publish_article("Ledelse på afstand"),
    ]
    for order, page in enumerate(pages):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    return rendering.Editions(issue).for_sections([])


def test_the_mail_carries_the_brand_in_a_600_px_table(edition):
    soup = BeautifulSoup(edition.html, "html.parser")
    container = soup.find("table", class_="container")
    assert container["width"] == "600" and "width: 600px" in container["style"]
    assert "solid #0b4a6f" in soup.find("td", class_="masthead")["style"]  # the site's blue
    assert "#073350" in soup.find("td", class_="brand")["style"]
    logo = soup.find("img", class_="logo")
    assert logo["src"] == settings.SITE_URL + "/static/img/logo.png" and logo["alt"]
    assert soup.find("meta", attrs={"name": "color-scheme"})["content"] == "light dark"
    assert "prefers-color-scheme: dark" in soup.find("style").text  # kept for the clients
    assert "font-family" in soup.find("body")["style"]
    assert all(a.get("style") for a in soup.find_all("a"))  # every link styled inline


def test_items_are_grouped_by_kind_with_pictures_and_named_links(edition):
    soup = BeautifulSoup(edition.html, "html.parser")
    groups = [h2.get_text() for h2 in soup.find_all("h2")]
    assert groups == ["Artikler", "Arrangementer", "Udgivelser"]
    articles = soup.find("h2").find_next_siblings("div", class_="item", limit=2)
    assert [item.h3.get_text() for item in articles] == ["Nærværende ledelse", "Ledelse på afstand"]

    pictures = soup.find_all("img", class_="item-image")
    assert [img["alt"] for img in pictures] == ["Leder i samtale", "Forsiden"]
    assert all(img["src"].startswith(settings.SITE_URL + "/media/images/") for img in pictures)
    more = soup.find_all("a", class_="more")
    assert {a.get_text() for a in more} == {"Læs mere"}
    assert more[0]["aria-label"] == "Læs mere om Nærværende ledelse"
    # Tagged with the issue for the site's own statistics; the same link for every subscriber.
    campaign = (
        f"utm_source=nyhedsbrev&utm_medium=email&utm_campaign=nyhedsbrev-{Issue.objects.get().pk}"
    )
    assert all(a["href"].endswith(campaign) for a in more)
    for tag, attribute in (("a", "href"), ("img", "src")):
        for element in soup.find_all(tag):
            assert element[attribute].startswith(("http://", "https://")), element


def test_the_text_part_is_real_text_grouped_the_same_way(edition):
    text = edition.text
    assert "<" not in text and "&amp;" not in text
    assert text.index("== ARTIKLER ==") < text.index("Nærværende ledelse")
    assert text.index("== ARRANGEMENTER ==") < text.index("Erfaringsdag for projektledere")
    assert text.index("== UDGIVELSER ==") < text.index("Ledelse af ledere")
    assert "Læs mere: " + settings.SITE_URL in text
    assert "Godmorgen." in text and "Afmeld nyhedsbrevet: " in text


def test_an_unreadable_picture_leaves_the_item_without_it(sections):
    image = small_image(alt="Væk")
    image.file.storage.delete(image.file.name)
    page = publish_article("Uden billede", image=image)
    [item] = rendering.items_for_pages([page])
    assert item.picture is None and item.title == "Uden billede"


def test_the_mail_wears_the_vaeksthus_colours(sections):
    """Under the masthead a stripe in the three Væksthuse's colours, as in the logo; each
    item names its markings in their own colour (the site's tokens, white text at AA)."""
    issue = Issue.objects.create(subject="Ugens nyhedsbrev")
    pages = [
        publish_article("For to væksthuse", sections=sections[:2]),
        publish_article("For bestyrelsen", board=True),
        publish_article("For alle"),
    ]
    for order, page in enumerate(pages):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    soup = BeautifulSoup(rendering.Editions(issue).for_sections([]).html, "html.parser")

    stripe = [td["style"] for td in soup.find("table", class_="stripe").find_all("td")]
    assert len(stripe) == 3
    for style, colour in zip(stripe, ["#00666b", "#2f6f1c", "#6a51a3"], strict=True):
        assert f"background: {colour}" in style

    items = soup.find_all("div", class_="item")
    marks = [
        [(span.get_text(), span["style"]) for span in item.find_all("span", class_="mark")]
        for item in items
    ]
    assert [[label for label, _ in item] for item in marks] == [
        ["Væksthus 1", "Væksthus 2"],
        ["Bestyrelsen"],
        [],
    ]
    assert "background: #00666b" in marks[0][0][1] and "color: #ffffff" in marks[0][0][1]
    assert "background: #2f6f1c" in marks[0][1][1]
    assert "background: #8a4b00" in marks[1][0][1]
