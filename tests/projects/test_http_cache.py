"""Cache-Control (lederweb/http_cache.py): what is the same for everyone is public, what holds
a reader's CSRF token is private, what an editor sees is never stored; and with a purging proxy
configured, Wagtail's frontend cache purges a page when it is published or restricted."""

import http.server
import threading

import pytest
from wagtail.models import PageViewRestriction

from tests.projects.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_page_with_the_sign_up_form_is_private(client, tree):
    article = make_article("Med tilmeldingsformular")
    response = client.get(article.url)
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_feeds_and_the_sitemap_are_public(client, tree, settings):
    make_article("I feedet")
    for url in ("/artikler/rss/", "/sitemap.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = response["Cache-Control"]
        assert "public" in cache_control, url
        assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in cache_control, url


def test_what_a_logged_in_editor_sees_is_never_stored(admin_client, tree):
    article = make_article("Set af en redaktør")
    assert "no-store" in admin_client.get(article.url)["Cache-Control"]


@pytest.fixture
def purging_proxy(settings):
    """A proxy that takes HTTP PURGE (as Varnish does) and notes each purged path."""
    purged = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()
    server.server_close()


def test_a_purging_proxy_is_told_of_a_publish_and_a_restriction(
    purging_proxy, tree, django_capture_on_commit_callbacks
):
    article = make_article("Purges")
    path = article.url
    purging_proxy.clear()
    article.title = "Ændret"
    article.save_revision().publish()
    assert path in purging_proxy
    purging_proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=article.get_parent(), restriction_type="login")
    assert path in purging_proxy and article.get_parent().url in purging_proxy
