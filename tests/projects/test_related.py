"""Related content crosses kinds: an article links to its project's publications and events
(those to come, and the one it announces), and »Andre læser også« is never empty while there
are other articles (same project or theme first, then the same Væksthus, then the newest)."""

import re

import pytest
from wagtail.models import PageViewRestriction

from events.models import EventPage
from projects.models import ArticlePage, ProjectPage
from publications.models import PublicationPage
from tests.projects.factories import make_article

pytestmark = pytest.mark.django_db


def section_links(html, section_id):
    if f'id="{section_id}"' not in html:
        return []
    part = html.split(f'id="{section_id}"')[1].split("</section>")[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', part)


@pytest.mark.slow  # walks every page of the demo site
def test_every_demo_article_shows_others_read_too(client, demo_content):
    for article in ArticlePage.objects.live():
        html = client.get(article.url).content.decode()
        titles = [title for _, title in section_links(html, "related-articles")]
        assert len(titles) == 3, article.title
        assert article.title not in titles


def test_the_demo_article_about_a_new_publication_links_to_it_and_its_launch(client, demo_content):
    article = ArticlePage.objects.get(title="Frivillige skal også ledes")
    publication = PublicationPage.objects.get(title="Ledelse af frivillige")
    launch = EventPage.objects.get(title="Lanceringskonference: Ledelse af frivillige")
    html = client.get(article.url).content.decode()
    assert "Fra projektet »Ledelse af frivillige«" in html
    links = section_links(html, "project-products")
    assert (publication.url, publication.title) in links
    assert (launch.url, launch.title) in links
    assert "(Udgivelse)" in html and "(Arrangement)" in html

    response = client.get(publication.url)
    assert response.status_code == 200


def test_an_article_links_to_upcoming_events_not_old_ones_nor_restricted_pages(
    client, demo_content
):
    project = ProjectPage.objects.get(title="Ledelse af frivillige")
    later = make_article("Et år efter", date=(2014, 6, 1), project=project)
    publication = PublicationPage.objects.get(title="Ledelse af frivillige")
    launch = EventPage.objects.get(title="Lanceringskonference: Ledelse af frivillige")
    upcoming = EventPage.objects.get(title="Dialogmøde: Ledelse af overgange i sundhedsvæsenet")
    upcoming.project = project
    upcoming.save_revision().publish()

    links = section_links(client.get(later.url).content.decode(), "project-products")
    assert (publication.url, publication.title) in links
    assert (upcoming.url, upcoming.title) in links
    assert launch.url not in [url for url, _ in links], "held a year before the article"

    PageViewRestriction.objects.create(
        page=publication, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    links = section_links(client.get(later.url).content.decode(), "project-products")
    assert publication.url not in [url for url, _ in links]


def test_others_read_too_falls_back_to_the_same_vaeksthus_then_the_newest(client, tree):
    article = make_article("Alene om sit tema", sections=[2], themes=["Strategi"])
    make_article("Nyeste, andet væksthus", date=(2014, 1, 1), sections=[1])
    make_article("Samme væksthus", date=(2012, 1, 1), sections=[2])
    make_article("Samme tema", date=(2011, 1, 1), themes=["Strategi"])
    make_article("Ældst, andet væksthus", date=(2010, 1, 1), sections=[3])
    html = client.get(article.url).content.decode()
    assert [title for _, title in section_links(html, "related-articles")] == [
        "Samme tema",
        "Samme væksthus",
        "Nyeste, andet væksthus",
    ]
