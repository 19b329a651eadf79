"""The page-type walks miss no page type of the demo site: the Nu HTML Checker and the heading
in a phone's first screen (test_html_validity.PAGES) and the screenshots and visual-regression
baselines (tests/screenshots/capture.PAGE_TYPES) each show one page of every type the demo
content has. A new page type with demo content fails here until it is added to both."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page, Site

from tests.lederweb.test_html_validity import PAGES
from tests.screenshots.capture import PAGE_TYPES

pytestmark = pytest.mark.django_db


def page_type(path):
    """The page model that serves `path` (its query left out) as Wagtail routes it; None for
    a path Wagtail does not serve (search is a view of its own)."""
    path = path.split("?")[0]
    request = RequestFactory().get(path)
    root = Site.objects.get(is_default_site=True).root_page.specific
    try:
        routed = root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
    return type(routed[0]).__name__


def demo_page_types():
    live = Page.objects.live().filter(depth__gt=1).specific()
    return {type(page).__name__ for page in live}


def walked(paths):
    # A path with a token made in the served site ("{order}") is a route of a type walked
    # without one.
    return {page_type(path) for path in paths.values() if "{" not in path}


def test_the_html_and_phone_walks_show_every_page_type(demo_content):
    assert demo_page_types() - walked(PAGES) == set()


def test_the_screenshots_show_every_page_type(demo_content):
    assert demo_page_types() - walked(PAGE_TYPES) == set()
