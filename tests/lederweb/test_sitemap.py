"""/sitemap.xml lists every live page anyone may see, with the pages of its own that a routable
page has, each with its last change, on SITE_URL; /robots.txt points crawlers at it."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from lederweb.models import StandardPage
from projects.models import Idea, IdeaCollectionPage
from tests.projects.factories import make_article, make_project
from tests.publications.factories import make_publication
from tests.support import SITE_URL

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_url")]
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def published(page):
    page.save_revision().publish()
    return page


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    return {
        url.find("s:loc", NS).text: url.find("s:lastmod", NS) for url in root.findall("s:url", NS)
    }


def test_every_live_page_is_listed_with_its_last_change(client, tree):
    article = published(make_article("Nærværende ledelse"))
    draft = make_article("Kladde")
    draft.unpublish()
    urls = sitemap(client)
    live = Page.objects.live().filter(depth__gte=2)
    assert set(urls) >= {SITE_URL + page.url for page in live}
    assert f"{SITE_URL}/artikler/naervaerende-ledelse/" in urls
    assert f"{SITE_URL}/artikler/kladde/" not in urls
    article.refresh_from_db()
    lastmod = urls[f"{SITE_URL}/artikler/naervaerende-ledelse/"].text
    assert lastmod == timezone.localtime(article.last_published_at).date().isoformat()
    assert all(entry is not None for entry in urls.values())


def test_pages_behind_a_login_are_left_out(client, tree):
    about = StandardPage.objects.get(slug="om-vaeksthuset")
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    urls = sitemap(client)
    assert f"{SITE_URL}/om-vaeksthuset/" not in urls
    assert f"{SITE_URL}/om-vaeksthuset/bestyrelsen/" not in urls
    assert f"{SITE_URL}/tilgaengelighedserklaering/" in urls


def test_reading_edition_and_ideas_are_pages_of_their_own(client, tree):
    chapters = [("chapter", {"title": f"Kapitel {n}", "body": "<p>Tekst.</p>"}) for n in (1, 2)]
    publication = make_publication("Ledelse på afstand", reading_edition=chapters)
    project = published(make_project("Innovative gaver"))
    ideas = IdeaCollectionPage(title="Idéer", slug="ideer", project=project)
    project.add_child(instance=ideas)
    for n in (1, 2, 3):
        Idea.objects.create(page=ideas, title=f"Idé {n}", text="<p>x</p>")
    published(ideas)
    urls = sitemap(client)
    base = f"{SITE_URL}{publication.url}"
    assert {base + "laes/", base + "laes/1/", base + "laes/2/"} <= set(urls)
    assert base + "bestil/" not in urls
    assert {f"{SITE_URL}{ideas.url}{n}/" for n in (1, 2, 3)} <= set(urls)
    assert f"{SITE_URL}{ideas.url}4/" not in urls


def test_sitemap_is_built_once_per_change_of_the_site(client, tree):
    published(make_article("Første artikel"))
    sitemap(client)
    with CaptureQueriesContext(connection) as cached:
        before = sitemap(client)
    assert len(cached) == 0
    published(make_article("Ny artikel"))
    assert set(sitemap(client)) - set(before) == {f"{SITE_URL}/artikler/ny-artikel/"}


def test_robots_txt_keeps_crawlers_out_of_admin_and_search_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /soeg/" in lines
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in lines
