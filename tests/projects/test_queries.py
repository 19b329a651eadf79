"""Every listing costs the same number of SQL queries whether it lists 10 items or 50 (five
pages of ten: a query per item or per page would show), or 100 ideas, which are cheap to make."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Idea, IdeaCollectionPage, ToolPage
from tests.projects.factories import make_article, make_project, many_articles, small_image
from tests.support import empty_cache

pytestmark = pytest.mark.django_db


def queries(client, path):
    client.get(path)  # renditions are made on the first view; count a normal view
    empty_cache()  # count the work of building the page, not a cached fragment
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def grows(client, path, add_ten, add_forty):
    """Queries for the page with ten items, then with fifty."""
    add_ten()
    ten = queries(client, path)
    add_forty()
    fifty = queries(client, path)
    return ten, fifty


@pytest.fixture
def image(tree):
    return small_image()


ARTICLE_LISTINGS = [
    "/artikler/",
    "/artikler/?vaeksthus=2&tema=innovation&aar=2010",
    "/",
    "/vaeksthuse/mellemledere/",
]


def test_article_listings(client, image):
    fields = {"image": image, "sections": [2], "themes": ["Innovation"]}
    many_articles(10, **fields)
    ten = [queries(client, path) for path in ARTICLE_LISTINGS]
    many_articles(40, start=10, **fields)
    fifty = [queries(client, path) for path in ARTICLE_LISTINGS]
    assert fifty == ten
    assert queries(client, "/artikler/?side=5") == ten[0]  # the last page


def test_one_card_costs_the_same_as_ten(client, image):
    many_articles(1, image=image)
    one = queries(client, "/artikler/")
    many_articles(9, start=1, image=image)
    assert queries(client, "/artikler/") == one


def test_project_listings(client, tree):
    def add(count, start):
        for n in range(start, start + count):
            make_project(
                f"Projekt {n}", sections=[1, 2], status="afsluttet" if n % 2 else "igangvaerende"
            )

    add(10, 0)
    paths = ["/projekter/", "/projekter/?vaeksthus=1", "/vaeksthuse/topledere/"]
    ten = [queries(client, path) for path in paths]
    add(40, 10)
    assert [queries(client, path) for path in paths] == ten


def test_project_page_with_its_products(client, tree):
    project = make_project("Fra medarbejder til leder", board=True)

    def add(count, start):
        for n in range(start, start + count):
            make_article(f"Artikel {n}", project=project)
            project.add_child(instance=ToolPage(title=f"Værktøj {n}", project=project))

    # Ten products (five articles, five tools), then fifty.
    ten, fifty = grows(client, project.url, lambda: add(5, 0), lambda: add(20, 5))
    assert ten == fifty


def test_idea_collection(client, tree):
    project = make_project("Innovative gaver", sections=[3])
    image = small_image()
    collection = IdeaCollectionPage(title="Idéer", project=project)
    project.add_child(instance=collection)

    def add(count, start):
        for n in range(start, start + count):
            Idea.objects.create(page=collection, title=f"Idé {n}", text="<p>x</p>", image=image)

    ten, hundred = grows(client, collection.url, lambda: add(10, 0), lambda: add(90, 10))
    assert ten == hundred
    assert queries(client, f"{collection.url}5/") == queries(client, f"{collection.url}95/")
