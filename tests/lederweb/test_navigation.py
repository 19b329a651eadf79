"""The top menu (at most six entries, chosen by editors with "Vis i menuer") and breadcrumbs on
every page below the front page, page types and Django views alike."""

import re

import pytest
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import nested_form_data, streamfield

from lederweb.models import HomePage, StandardPage, ThemeIndexPage
from lederweb.text import danish_slugify
from newsletter.links import preferences_key
from newsletter.models import Subscriber
from projects.models import ArticlePage, IdeaCollectionPage
from publications.models import PublicationPage

pytestmark = pytest.mark.django_db


def add_page(client, parent, title, **fields):
    """Creates and publishes a standard page through the admin, as an editor does."""
    data = nested_form_data(
        {
            "title": title,
            "slug": danish_slugify(title),
            "introduction": "",
            "body": streamfield([]),
            **fields,
        }
    )
    return client.post(
        f"/admin/pages/add/lederweb/standardpage/{parent.pk}/", {**data, "action-publish": "1"}
    )


@pytest.fixture
def full_menu(tree):
    """The front page with six menu entries: the two of the site tree and four more."""
    for number in range(4):
        tree.add_child(instance=StandardPage(title=f"Menupunkt {number}", show_in_menus=True))
    assert tree.get_children().live().in_menu().count() == 6
    return tree


def test_the_admin_refuses_a_seventh_menu_entry_in_danish(editor_client, full_menu):
    response = add_page(editor_client, full_menu, "Syvende punkt", show_in_menus="on")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Topmenuen har plads til højst 6 punkter, og den er fuld" in html
    assert "»Menupunkt 3«" in html
    assert not StandardPage.objects.filter(title="Syvende punkt").exists()


def test_the_admin_accepts_what_keeps_the_menu_at_six(editor_client, full_menu):
    # Out of the menu, or deeper in the tree, a page is no menu entry.
    assert add_page(editor_client, full_menu, "Uden for menuen").status_code == 302
    about = StandardPage.objects.get(slug="om-vaeksthuset")
    assert add_page(editor_client, about, "Under en side", show_in_menus="on").status_code == 302
    # An entry already in the menu can be edited; with one out, another can come in.
    entry = StandardPage.objects.get(title="Menupunkt 0")
    data = nested_form_data(
        {
            "title": "Menupunkt 0, nyt navn",
            "slug": entry.slug,
            "introduction": "",
            "body": streamfield([]),
            "show_in_menus": "on",
        }
    )
    edited = editor_client.post(f"/admin/pages/{entry.pk}/edit/", {**data, "action-publish": "1"})
    assert edited.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Menupunkt 0, nyt navn"
    StandardPage.objects.filter(title="Menupunkt 1").update(show_in_menus=False)
    assert add_page(editor_client, full_menu, "Nyt punkt", show_in_menus="on").status_code == 302
    menu = (
        editor_client.get("/")
        .content.decode()
        .split('aria-label="Hovedmenu"')[1]
        .split("</nav>")[0]
    )
    assert menu.count("<li>") == 6 and "Nyt punkt" in menu and "Menupunkt 1" not in menu


def crumbs(html):
    """The breadcrumbs as (text, link or None), or None when the page has none."""
    if 'aria-label="Brødkrumme"' not in html:
        return None
    nav = html.split('aria-label="Brødkrumme"')[1].split("</nav>")[0]
    found = []
    for item in re.findall(r"<li>(.*?)</li>", nav, re.DOTALL):
        link = re.match(r'<a href="([^"]+)">(.*)</a>$', item)
        found.append((link[2], link[1]) if link else (re.sub(r"<[^>]+>", "", item), None))
    return found


def live(model):
    return model.objects.live().order_by("path").first()


@pytest.mark.slow  # walks every page of the demo site
def test_every_page_below_the_front_page_has_breadcrumbs(client, demo_content):
    """Every page type (the list is Wagtail's own, so a new type is checked too), the
    sub-pages of routable pages, and the front page without."""
    pages = {model: live(model) for model in get_page_models() if model.__name__ != "Page"}
    del pages[HomePage]
    missing = [model.__name__ for model, page in pages.items() if page is None]
    assert not missing, f"the demo content has no {missing}: add it, so it is checked here"
    for model, page in pages.items():
        trail = crumbs(client.get(page.url).content.decode())
        assert trail, model.__name__
        assert trail[0] == ("Forside", "/"), model.__name__
        assert trail[-1] == (page.title, None), model.__name__
    assert crumbs(client.get("/").content.decode()) is None
    article = live(ArticlePage)
    assert crumbs(client.get(article.url).content.decode()) == [
        ("Forside", "/"),
        ("Artikler", "/artikler/"),
        (article.title, None),
    ]

    # A sub-page links its page and names itself.
    publication = next(p for p in PublicationPage.objects.live() if p.chapters)
    ideas = live(IdeaCollectionPage)
    expected = {
        publication.order_url: (publication, "Bestil"),
        publication.reading_edition_url: (publication, "E-publikation"),
        publication.chapter_url(1): (publication, publication.chapters[0].value["title"]),
        ideas.idea_url(1): (ideas, ideas.ordered_ideas().first().title),
        "/temaer/innovation/": (live(ThemeIndexPage), "Innovation"),
    }
    for path, (parent, current) in expected.items():
        trail = crumbs(client.get(path).content.decode())
        assert trail[-2:] == [(parent.title, parent.url), (current, None)], path


def test_newsletter_pages_have_breadcrumbs(client, tree):
    subscriber = Subscriber.objects.create(email="leder@kommune.dk", status="active")
    newsletter = ("Nyhedsbrev", "/nyhedsbrev/")
    expected = {
        "/nyhedsbrev/": [("Nyhedsbrev", None)],
        "/nyhedsbrev/tak/": [newsletter, ("Tak for din tilmelding", None)],
        "/nyhedsbrev/bekraeft/findes-ikke/": [newsletter, ("Bekræft tilmelding", None)],
        f"/nyhedsbrev/afmeld/{subscriber.token}/": [newsletter, ("Afmeld nyhedsbrevet", None)],
        f"/nyhedsbrev/indstillinger/{preferences_key(subscriber)}/": [
            newsletter,
            ("Dine indstillinger", None),
        ],
    }
    for path, trail in expected.items():
        assert crumbs(client.get(path).content.decode()) == [("Forside", "/"), *trail], path
