import re

import pytest

from tests.projects.factories import make_article, make_project

pytestmark = pytest.mark.django_db


def card_titles(html, section_id):
    part = html.split(f'id="{section_id}"')[1].split("</section>")[0]
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', part)


def test_section_page_shows_its_newest_articles_and_projects(client, tree):
    make_article("Gammel i 2", date=(2012, 1, 1), sections=[2])
    for day in range(1, 6):
        make_article(f"Ny i 2 nr. {day}", date=(2013, 3, day), sections=[2])
    make_article("Kun i 3", date=(2013, 5, 1), sections=[3])
    make_article("Alle tre", date=(2013, 4, 1), sections=[1, 2, 3])
    make_project("Innovative glimt", sections=[2])
    make_project("Innovative gaver", sections=[3])
    html = client.get("/vaeksthuse/mellemledere/").content.decode()
    assert card_titles(html, "section-articles") == [
        "Alle tre",
        "Ny i 2 nr. 5",
        "Ny i 2 nr. 4",
        "Ny i 2 nr. 3",
    ]
    assert card_titles(html, "section-projects") == ["Innovative glimt"]
    assert 'href="/artikler/?vaeksthus=2"' in html


def test_front_page_shows_the_newest_articles(client, tree):
    make_article("Ældre", date=(2012, 12, 19), sections=[3])
    make_article("Nyeste", date=(2013, 6, 21), board=True)
    html = client.get("/").content.decode()
    featured = html.split('class="card card--featured"')[1].split("</article>")[0]
    assert ">Nyeste</a></h2>" in featured
    assert card_titles(html, "home-articles") == ["Ældre"]
