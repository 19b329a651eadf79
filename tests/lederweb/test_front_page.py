"""The front page shows what the secretariat publishes: one featured item, the newest
articles, new publications with covers, upcoming events, tools, the Væksthuse and the
newsletter sign-up above the footer, in a number of queries that does not grow with them."""

from datetime import timedelta

from bs4 import BeautifulSoup

from events.models import EventIndexPage
from lederweb.cache import bump_site_generation
from lederweb.models import HomePage
from projects.models import ArticlePage
from publications.models import PublicationPage
from tests.events.conftest import make_event
from tests.projects.factories import make_article, small_image
from tests.publications.factories import make_publication


def front_page(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(soup, heading):
    title = soup.find("h2", string=heading)
    assert title, f"the front page has no section »{heading}«"
    return title.find_parent("section")


def test_front_page_shows_each_kind_of_content(client, demo_content):
    soup = front_page(client)
    newest = ArticlePage.objects.live().order_by("-date", "-pk").first()
    featured = soup.select_one(".card--featured")
    assert featured.find("h2").get_text(strip=True) == newest.title
    assert featured.find("img"), "the featured item has its picture"

    articles = section(soup, "Nyeste artikler").select(".article-card")
    assert len(articles) == 3
    assert newest.title not in [card.find("h3").get_text(strip=True) for card in articles]

    publications = section(soup, "Nyeste udgivelser").select(".publication-card")
    assert publications and all(
        card.select_one(".publication-card__cover img") for card in publications
    )

    events = section(soup, "Kommende arrangementer").select(".compact-list__item")
    assert events and all(item.find("time") for item in events)

    tools = [item.get_text(" ", strip=True) for item in section(soup, "Værktøjer").select("li")]
    assert any("Ledere der lærer sammen" in tool for tool in tools)

    sections = section(soup, "Væksthusene").select(".card")
    assert [card.select_one(".marking").get_text() for card in sections] == [
        "Væksthus 1",
        "Væksthus 2",
        "Væksthus 3",
    ]
    assert "marking--2" in sections[1]["class"]

    box = section(soup, "Få nyhedsbrevet")
    assert box.find("form")["action"] == "/nyhedsbrev/"
    assert box.find_next_sibling() is None, "the sign-up is the last thing before the footer"
    assert len(soup.find_all("input", attrs={"name": "email"})) == 1, "one sign-up form"


def test_cards_show_the_markings_in_their_colours(client, demo_content):
    soup = front_page(client)
    badges = soup.select(".article-card .marking")
    assert badges
    for badge in badges:
        number = badge.get_text().removeprefix("Væksthus ").strip()
        expected = "marking--board" if number == "Bestyrelsen" else f"marking--{number}"
        assert expected in badge["class"]


def built_page_queries(client, django_assert_max_num_queries):
    """The queries of a front page built afresh (no fragment kept), once renditions exist."""
    bump_site_generation()
    client.get("/")
    bump_site_generation()
    with django_assert_max_num_queries(60) as captured:
        front_page(client)
    return len(captured.captured_queries)


def test_front_page_queries_do_not_grow_with_the_content(
    client, demo_content, django_assert_max_num_queries
):
    before = built_page_queries(client, django_assert_max_num_queries)
    for number in range(3):
        make_article(f"Endnu en artikel {number}", date=(2030, 1, 1 + number), sections=[1, 2])
    make_article("Artikel med billede", date=(2030, 2, 1), image=small_image(), sections=[3])
    for number in range(3):
        make_publication(f"Endnu en udgivelse {number}", year=2030, cover=small_image())
    index = EventIndexPage.objects.get()
    for number in range(3):
        make_event(index, f"Endnu et arrangement {number}", starts_in=timedelta(days=1 + number))
    after = built_page_queries(client, django_assert_max_num_queries)
    assert after <= before, f"{before} queries before, {after} with more content"


def test_editors_choose_the_featured_item(client, demo_content):
    home = HomePage.objects.get()
    publication = PublicationPage.objects.live().get(slug="naervaerende-ledelse-paa-afstand")
    home.featured_page = publication
    home.save_revision().publish()

    soup = front_page(client)
    featured = soup.select_one(".card--featured")
    assert featured.find("h2").get_text(strip=True) == publication.title
    assert featured.select_one(".card__kicker").get_text() == "Udgivelse"
    assert featured.select_one(".card__cover img"), "a publication shows its whole cover"
    newest = ArticlePage.objects.live().order_by("-date", "-pk").first()
    articles = section(soup, "Nyeste artikler").select(".article-card h3")
    assert [card.get_text(strip=True) for card in articles][0] == newest.title

    publication.unpublish()  # gone from the site: the newest article comes first again
    featured = front_page(client).select_one(".card--featured")
    assert featured.find("h2").get_text(strip=True) == newest.title
