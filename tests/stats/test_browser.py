"""End to end on the served site (gunicorn, production settings): a reader's browser reads an
article, the roll-up runs in the site's own environment, and the count on the page goes up by
one, however often the reader reloads."""

import re

import pytest

from tests.stats.conftest import BROWSER
from tests.support import run_in_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTICLE = "/artikler/hold-talenterne-varme/"
ROLL_UP = "import json; from stats.rollup import roll_up; print(json.dumps(roll_up()))"


def read_count(page):
    return int(re.search(r"Læst ([\d.]+) gange", page.content())[1].replace(".", ""))


def test_a_readers_visit_shows_in_the_count_after_the_roll_up(browser, demo_site):
    run_in_site(demo_site, ROLL_UP)  # whatever was read before this test
    context = browser.new_context(locale="da-DK", user_agent=BROWSER)
    page = context.new_page()
    try:
        page.goto(demo_site.url + ARTICLE)
        before = read_count(page)
        page.reload()
        page.reload()
        assert run_in_site(demo_site, ROLL_UP) >= 1
        page.reload()
        assert read_count(page) == before + 1
        assert run_in_site(demo_site, ROLL_UP) == 0, "the reloads were not counted"
        page.reload()
        assert read_count(page) == before + 1
    finally:
        context.close()
