import datetime
import re

import pytest

from projects.models import (
    Contact,
    IdeaCollectionPage,
    ProgrammePage,
    ProjectContact,
    ProjectPartner,
    ToolPage,
    product_models,
)
from tests.projects.factories import make_article, make_project

pytestmark = pytest.mark.django_db


def project_titles(html, section_id):
    part = html.split(f'id="{section_id}"')[1].split("</section>")[0]
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', part)


def test_index_separates_ongoing_and_finished(client, tree):
    make_project("Innovative glimt", sections=[2], start_date=datetime.date(2012, 10, 1))
    make_project("Sammenhængskraft", sections=[1, 2, 3], status="afsluttet")
    html = client.get("/projekter/").content.decode()
    assert project_titles(html, "ongoing-projects") == ["Innovative glimt"]
    assert project_titles(html, "finished-projects") == ["Sammenhængskraft"]
    assert "Igangværende · Fra 2012 · Væksthus 2" in html


def test_index_filters_by_vaeksthus_in_the_address(client, tree):
    make_project("Innovative glimt", sections=[2])
    make_project("Innovative gaver", sections=[3], status="afsluttet")
    make_project("Fra medarbejder til leder", board=True, status="afsluttet")
    html = client.get("/projekter/?vaeksthus=3").content.decode()
    assert "Innovative gaver" in html and "Innovative glimt" not in html
    assert 'id="ongoing-projects"' not in html
    board = client.get("/projekter/?vaeksthus=bestyrelsen").content.decode()
    assert project_titles(board, "finished-projects") == ["Fra medarbejder til leder"]


def test_project_page_lists_what_it_produced(client, tree):
    project = make_project(
        "Fra medarbejder til leder",
        board=True,
        status="afsluttet",
        start_date=datetime.date(2012, 8, 1),
        end_date=datetime.date(2013, 6, 30),
        contacts=[
            ProjectContact(
                contact=Contact.objects.create(
                    name="Kirsten Kontakt", organisation="KL", email="kk@kl.dk", phone="33 70 33 70"
                )
            )
        ],
        partners=[ProjectPartner(name="Danske Regioner")],
    )
    make_article("Hold talenterne varme", date=(2013, 6, 21), project=project)
    project.add_child(
        instance=ProgrammePage(title="Forløbet", project=project, audience="Medarbejdere")
    )
    project.add_child(instance=ToolPage(title="Et værktøj", project=project))
    project.add_child(instance=IdeaCollectionPage(title="Idéerne", project=project))
    html = client.get(project.url).content.decode()
    assert "Afsluttet" in html and "2012–2013" in html and "Bestyrelsen" in html
    products = html.split('id="project-products"')[1].split("</section>")[0]
    assert 'Forløbet</a> <span class="card__meta">(Forløb)' in products
    assert 'Et værktøj</a> <span class="card__meta">(Værktøj)' in products
    assert 'Idéerne</a> <span class="card__meta">(Idésamling)' in products
    articles = html.split('id="project-articles"')[1].split("</section>")[0]
    assert "Hold talenterne varme" in articles and "21. juni 2013" in articles
    assert "Kirsten Kontakt" in html and 'href="mailto:kk@kl.dk"' in html
    assert 'href="tel:33703370"' in html and "Danske Regioner" in html


def test_every_page_model_with_a_project_key_counts_as_a_product():
    names = {model.__name__ for model in product_models()}
    assert {"ArticlePage", "ToolPage", "IdeaCollectionPage", "ProgrammePage"} <= names
    assert "ProjectPage" not in names


def test_unpublished_products_are_not_listed(client, tree):
    project = make_project("Ledelse på afstand", sections=[3])
    tool = ToolPage(title="Kladde", project=project, live=False)
    project.add_child(instance=tool)
    assert list(project.produced_pages()) == []
    assert "Kladde" not in client.get(project.url).content.decode()
