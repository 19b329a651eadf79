"""Issue 10.2: a restricted page stays closed on every route below it, and lists leave it out.

The routes are taken from the code (each routable page type's own patterns), so a route added
tomorrow is tried here the day it is added. Every route is first served unrestricted (warming
whatever is cached), then restricted: access control must not wait for any cache to change."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from lederweb.restrictions import public_pages
from projects.models import ArticlePage, ProjectPage
from publications.models import PublicationPage
from stats.models import DailyReads
from tests.security.samples import routable_page_types, route_urls
from tests.support import empty_cache

pytestmark = pytest.mark.django_db

MARKER = "Fortroligtxq"
PASSWORD = PageViewRestriction.PASSWORD
LOGIN = PageViewRestriction.LOGIN


def restrict(page, kind):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="hemmelig")


def refused(response, kind):
    if kind == PASSWORD:
        return response.status_code == 200 and b"/_util/authenticate_with_password/" in (
            response.content
        )
    login = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
    return response.status_code == 302 and response["Location"].startswith(login)


@pytest.mark.slow  # walks every page of the demo site
@pytest.mark.parametrize("kind", [PASSWORD, LOGIN])
def test_every_route_of_every_routable_page_type_applies_the_restriction(
    demo_content, client, kind
):
    types = routable_page_types()
    assert len(types) >= 6  # the calendar, order form, reading edition, feeds, themes…
    for model in types:
        page = model.objects.live().first()
        assert page is not None, f"no {model.__name__} in the demo content to try"
        routes = list(route_urls(page))
        for _name, url in routes:  # unrestricted first: caches are warm
            assert client.get(url).status_code < 500, url
        restriction = restrict(page, kind)
        for name, url in routes:
            for method in (client.get, client.post):
                response = method(url)
                assert refused(response, kind), (model.__name__, name, url, response.status_code)
                assert "no-cache" in response.get("Cache-Control", ""), url
        restriction.delete()
        for _name, url in routes:  # and open again at once
            assert not refused(client.get(url), kind), url


def test_the_calendar_file_of_a_restricted_event_asks_for_the_password(demo_content, client):
    event = EventPage.objects.live().first()
    assert client.get(event.url + "kalender.ics")["Content-Type"].startswith("text/calendar")
    restrict(event, PASSWORD)
    response = client.get(event.url + "kalender.ics")
    assert refused(response, PASSWORD)
    assert b"BEGIN:VCALENDAR" not in response.content
    assert event.venue_name.encode() not in response.content


def _mark_and_restrict(model):
    page = model.objects.live().order_by("-pk").first()
    page.title = f"{MARKER} {model.__name__}"
    page.save_revision().publish()
    restrict(page, PASSWORD)
    return Page.objects.get(pk=page.pk)


@pytest.mark.slow  # walks every page of the demo site
def test_restricted_pages_are_left_out_of_every_list(demo_content, client):
    hidden = [_mark_and_restrict(m) for m in (EventPage, ArticlePage, PublicationPage, ProjectPage)]
    # The hidden article is the most read one.
    DailyReads.objects.update_or_create(
        page=hidden[1], day=timezone.localdate(), defaults={"reads": 10_000}
    )
    empty_cache()
    visible = public_pages(Page.objects.live().filter(depth__gt=1)).specific()
    urls = ["/sitemap.xml", f"/soeg/?q={MARKER}", f"/soeg/forslag/?q={MARKER}"]
    for page in visible:
        urls.append(page.url)
        if isinstance(page, RoutablePageMixin):
            urls += [url for _name, url in route_urls(page)]
    assert len(urls) > 40
    leaks = []
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        body = response.content.decode()
        # (The search pages repeat what was searched for: there only links count.)
        shown = "soeg" not in url and MARKER in body
        if shown or any(f'"{page.url}' in body for page in hidden):
            leaks.append(url)
    assert not leaks
    # The same lists without the restriction do show them (the check above can see a leak).
    PageViewRestriction.objects.all().delete()
    assert MARKER in client.get("/arrangementer/").content.decode()
    assert MARKER in client.get(f"/soeg/?q={MARKER}").content.decode()


# A restriction however it is made (the admin's privacy dialog, the shell, a bulk update that
# sends no signal, a move under a restricted page) closes the page on the very next request,
# after the page was served and everything cacheable about it was warm.


@pytest.fixture
def article(demo_content, client):
    page = ArticlePage.objects.live().order_by("pk").first()
    for _ in range(2):
        assert client.get(page.url).status_code == 200
    return page


def test_a_restriction_set_in_the_admin_closes_the_page_at_once(article, client, admin_client):
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[article.pk]),
        {"restriction_type": PASSWORD, "password": "hemmelig"},
    )
    assert response.status_code == 200, response.content
    assert PageViewRestriction.objects.filter(page=article).exists()
    assert refused(client.get(article.url), PASSWORD)


def test_a_restriction_made_in_the_shell_closes_the_page_at_once(article, client):
    restrict(article, LOGIN)
    assert refused(client.get(article.url), LOGIN)


def test_a_restriction_moved_by_a_bulk_update_closes_the_page_at_once(article, client):
    elsewhere = restrict(ArticlePage.objects.live().exclude(pk=article.pk).first(), PASSWORD)
    assert not refused(client.get(article.url), PASSWORD)
    PageViewRestriction.objects.filter(pk=elsewhere.pk).update(page=article)
    assert refused(client.get(article.url), PASSWORD)


def test_a_page_moved_under_a_restricted_page_is_closed_at_its_new_address(article, client):
    parent = ArticlePage.objects.live().exclude(pk=article.pk).first()
    restrict(parent, PASSWORD)
    article.move(parent, pos="last-child")
    article.refresh_from_db()
    assert refused(client.get(article.url), PASSWORD)
