"""The page an address leads to comes from the route cache (lederweb/routing.py) and the
rendered fragments from the fragment cache, both on one site generation (lederweb/cache.py),
which a publish moves and a draft save leaves alone: every change an editor publishes is seen
on the next request, and a draft save throws nothing away."""

import pytest
from wagtail.models import Site

from lederweb.cache import site_generation
from projects.models import ArticlePage
from tests.projects.factories import article_index, make_article

pytestmark = pytest.mark.django_db


def test_a_warm_article_page_costs_one_query(client, tree, django_assert_num_queries):
    article = make_article("Hold talenterne varme")
    assert client.get(article.url).status_code == 200
    # The view restrictions, never cached; the site and the page come from the route cache.
    with django_assert_num_queries(1):
        response = client.get(article.url)
    assert "Hold talenterne varme" in response.content.decode()


def test_a_published_change_is_seen_at_once(client, tree):
    article = make_article("Gammel titel")
    client.get(article.url)
    article.title = "Ny titel"
    article.save_revision().publish()
    assert "Ny titel" in client.get(article.url).content.decode()


def test_an_unpublished_page_is_gone_at_once(client, tree):
    article = make_article("Trukket tilbage")
    assert client.get(article.url).status_code == 200
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_moved_page_answers_at_its_new_address(client, tree):
    article = make_article("Flyttes")
    old_url = article.url
    client.get(old_url)
    article.slug = "flyttet"
    article.save_revision().publish()
    assert client.get("/artikler/flyttet/").status_code == 200
    assert client.get(old_url).status_code in (301, 302, 404)


def test_sub_routes_of_a_remembered_page_still_resolve(client, tree):
    make_article("I feedet")
    for _ in range(2):  # the second round comes from the cache
        assert client.get("/artikler/").status_code == 200
        feed = client.get("/artikler/rss/")
        assert feed["Content-Type"].startswith("application/rss+xml")
        assert "I feedet" in feed.content.decode()
        assert client.get("/artikler/findes-ikke/").status_code == 404


def test_a_changed_site_is_seen_at_once(client, tree):
    client.get("/")
    site = Site.objects.get(is_default_site=True)
    site.root_page = article_index()
    site.save()
    # The article index is now the site's root: its own address is "/".
    assert "Artikler" in client.get("/").content.decode()


def test_a_draft_save_leaves_the_published_site_cached(client, tree):
    article = make_article("Udgivet titel")
    client.get(article.url)
    generation = site_generation()
    article.title = "Kladdetitel"
    article.save_revision()
    draft = ArticlePage(title="Ny kladde", date=article.date, live=False)
    article_index().add_child(instance=draft)
    draft.save_revision()
    assert site_generation() == generation
    assert "Udgivet titel" in client.get(article.url).content.decode()
    article.get_latest_revision().publish()
    assert site_generation() != generation
    assert "Kladdetitel" in client.get(article.url).content.decode()


def test_the_generation_moves_again_when_a_publish_is_committed(
    tree, django_capture_on_commit_callbacks
):
    # A request that read the new number before the commit cached what the database still
    # showed: the move at commit throws that away.
    article = make_article("Snart ændret")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
        before_commit = site_generation()
    assert site_generation() > before_commit
