"""The search over the demo content of 2013, asked of the site served as in production
(`demo_site`: gunicorn, production settings, load_demo_content, which builds the index)."""

import json
import urllib.parse
import urllib.request

import pytest

from tests.sitesearch.support import RESULT_TITLE

pytestmark = pytest.mark.django_db


def get(site, path, **params):
    url = f"{site.url}{path}?{urllib.parse.urlencode(params)}"
    # As a reader of its own behind the proxy: the searches of other tests against the same
    # site count towards the rate limit of 127.0.0.1, not this one.
    request = urllib.request.Request(url, headers={"X-Forwarded-For": "203.0.113.55"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read().decode()


def titles(site, **params):
    return [title for _, title in RESULT_TITLE.findall(get(site, "/soeg/", **params))]


@pytest.mark.parametrize(
    ("typo", "word", "expected"),
    [
        ("frivilige", "frivillige", "Frivillige skal også ledes"),
        ("innovasjon", "innovation", "Vinderopskrifter på innovation"),
    ],
)
def test_a_typo_finds_the_demo_pages_and_offers_the_word(demo_site, typo, word, expected):
    html = get(demo_site, "/soeg/", q=typo)
    assert expected in [title for _, title in RESULT_TITLE.findall(html)]
    assert f'Mente du »<a href="?q={word}">{word}</a>«?' in html
    assert expected in titles(demo_site, q=word)


def test_danish_word_forms_find_the_demo_pages(demo_site):
    assert "Frivillige skal også ledes" in titles(demo_site, q="frivillig")
    assert "Ny publikation: Sådan leder du på afstand" in titles(demo_site, q="ledere afstand")


# One page of each type in the demo content, found by its type alone and by words.
PAGE_TYPES = {
    "artikel": ("Træn din innovationsmuskel", "innovationsmuskel"),
    "udgivelse": ("Ledelse af frivillige", "frivillige"),
    "projekt": ("Fra medarbejder til leder", "medarbejder leder"),
    "vaerktoej": ("Ledere der lærer sammen", "opgaveark"),
    "forloeb": ("Fra medarbejder til leder", "ledertalentudviklingsforløb"),
    "idesamling": ("Innovative gaver – 25 idéer", "idéer"),
    "arrangement": ("Lanceringskonference: Ledelse af frivillige", "minikonference"),
    "side": ("Tilgængelighedserklæring", "webtilgængelighed"),
}


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_is_found(demo_site, kind):
    title, words = PAGE_TYPES[kind]
    assert title in titles(demo_site, q=words, type=kind)


def suggestions(site, text):
    return json.loads(get(site, "/soeg/forslag/", q=text))["suggestions"]


def test_suggestions_complete_the_words_of_titles(demo_site):
    found = suggestions(demo_site, "frivil")
    assert {
        "title": "Frivillige skal også ledes",
        "url": "/artikler/frivillige-skal-ogsaa-ledes/",
        "kind": "Artikel",
    } in found
    assert all("frivil" in item["title"].lower() for item in found)
    narrowed = [item["title"] for item in suggestions(demo_site, "ledelse på afs")]
    assert narrowed and all("afstand" in title.lower() for title in narrowed)
    assert len(suggestions(demo_site, "le")) == 8


def test_suggestions_forgive_a_typo_and_ignore_signs(demo_site):
    assert "Innovative gaver" in [item["title"] for item in suggestions(demo_site, "innovatve")]
    assert suggestions(demo_site, "l") == []
    assert suggestions(demo_site, "&|!:*()'") == []
