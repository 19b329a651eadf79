"""The served demo site, as search engines, social media and a browser see it: every page
type carries its tags, and the JSON-LD breaks no Content-Security-Policy rule."""

import json
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from tests.lederweb.seo_support import read_head

PUBLICATION = "/udgivelser/naervaerende-ledelse-paa-afstand/"
ARTICLE = "/artikler/traen-din-innovationsmuskel/"
EVENT = "/arrangementer/erfaringsdag-for-projektledere/"
PROJECT = "/projekter/fra-medarbejder-til-leder/"

# name → (path, the schema.org types its JSON-LD names besides the breadcrumb trail)
PAGE_TYPES = {
    "forside": ("/", {"Organization", "WebSite"}),
    "væksthusoversigt": ("/vaeksthuse/", set()),
    "væksthus": ("/vaeksthuse/topledere/", set()),
    "standardside": ("/om-vaeksthuset/", set()),
    "artikeloversigt": ("/artikler/", set()),
    "artikel": (ARTICLE, {"Article"}),
    "udgivelser": ("/udgivelser/", set()),
    "udgivelse": (PUBLICATION, {"Book"}),
    "e-publikation": (PUBLICATION + "laes/", {"Book"}),
    "arrangementer": ("/arrangementer/", set()),
    "arrangement": (EVENT, {"Event"}),
    "projekter": ("/projekter/", set()),
    "projekt": (PROJECT, set()),
    "forløb": (PROJECT + "forloebet/", set()),
    "idé": ("/projekter/innovative-gaver/ideer/1/", set()),
    "nyhedsbrev": ("/nyhedsbrev/", set()),
    "nyhedsbrev tak": ("/nyhedsbrev/tak/", set()),
}
OPEN_GRAPH = ["og:title", "og:description", "og:url", "og:type", "og:site_name", "og:image"]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own site
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.mark.parametrize(("path", "types"), PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_type_tells_search_engines_and_social_media(demo_site, path, types):
    status, html = fetch(demo_site.url + path)
    assert status == 200
    head = read_head(html.decode())
    assert head.canonical == settings.SITE_URL + path
    assert 0 < len(head.meta["description"]) <= 160
    for tag in OPEN_GRAPH:
        assert head.meta[tag], f"{tag} mangler"
    assert head.meta["og:url"] == head.canonical
    assert head.meta["og:locale"] == "da_DK"
    assert head.title == f"{head.meta['og:title']} | Lederweb"
    assert ".fill-1200x630" in head.meta["og:image"]
    assert head.meta["og:image:alt"]
    assert head.meta["twitter:card"] == "summary_large_image"
    found = {thing["@type"] for thing in head.json_ld}
    assert found == types | ({"BreadcrumbList"} if path != "/" else set())


def test_share_image_and_logo_are_served(demo_site):
    _, html = fetch(demo_site.url + ARTICLE)
    head = read_head(html.decode())
    organisation = head.thing("Article")["publisher"]
    for url in (head.meta["og:image"], organisation["logo"]):
        status, body = fetch(demo_site.url + url.removeprefix(settings.SITE_URL))
        assert (status, bool(body)) == (200, True), url


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", ARTICLE, PUBLICATION, EVENT])
def test_json_ld_breaks_no_content_security_policy(page, demo_site, path):
    """JSON-LD is a data block, never run, so the policy without inline scripts allows it:
    the browser reports no violation and reads the data."""
    violations, errors = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " (event) => window.reportViolation(event.violatedDirective + ' ' + event.blockedURI));"
    )
    response = page.goto(demo_site.url + path)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    data = page.eval_on_selector_all(
        "script[type='application/ld+json']", "scripts => scripts.map(s => s.textContent)"
    )
    assert [json.loads(text)["@graph"] for text in data]
    assert violations == []
    assert errors == []
