import pytest

from projects.models import Idea, IdeaCollectionPage
from tests.projects.factories import make_project, small_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def collection(tree):
    project = make_project("Innovative gaver", sections=[3])
    image = small_image(alt="Grafik med tallet 1")
    page = IdeaCollectionPage(
        title="Innovative gaver – idéer",
        project=project,
        ideas=[
            Idea(sort_order=n, title=f"Idé nummer {n}", text=f"<p>Tekst {n}</p>", image=image)
            for n in range(1, 4)
        ],
    )
    project.add_child(instance=page)
    return page


def test_overview_links_every_idea(client, collection):
    html = client.get(collection.url).content.decode()
    assert "3 idéer" in html
    for n in range(1, 4):
        assert f'href="{collection.url}{n}/">Idé nummer {n}</a>' in html


def test_each_idea_has_its_own_address_with_previous_and_next(client, collection):
    first = client.get(f"{collection.url}1/").content.decode()
    assert "<h1>Idé nummer 1</h1>" in first and "Idé 1 af 3" in first
    assert 'alt="Grafik med tallet 1"' in first
    assert "Forrige idé" not in first
    assert f'href="{collection.url}2/" rel="next"' in first
    middle = client.get(f"{collection.url}2/").content.decode()
    assert f'href="{collection.url}1/" rel="prev"' in middle
    assert f'href="{collection.url}3/" rel="next"' in middle
    last = client.get(f"{collection.url}3/").content.decode()
    assert "Næste idé" not in last


@pytest.mark.parametrize("number", ["0", "4"])
def test_ideas_out_of_range_are_not_found(client, collection, number):
    assert client.get(f"{collection.url}{number}/").status_code == 404
