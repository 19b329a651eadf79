"""The one paging rule of every list (lederweb/pagination.py) and its links."""

import pytest
from django.template import RequestContext, Template
from django.test import RequestFactory

from lederweb.pagination import MAX_PAGE_NUMBER, paginate, requested_page_number

ITEMS = list(range(25))  # three pages of ten


def page_for(query):
    return paginate(RequestFactory().get("/liste/", query), ITEMS, per_page=10)


@pytest.mark.parametrize(
    ("query", "asked", "shown"),
    [
        ({}, 1, 1),
        ({"side": "2"}, 2, 2),
        ({"side": "3"}, 3, 3),
        ({"side": "abc"}, 1, 1),
        ({"side": ""}, 1, 1),
        ({"side": "0"}, 1, 1),
        ({"side": "-4"}, 1, 1),
        ({"side": "99"}, 99, 3),
        # No list has a million pages: a longer number is the last page, and the title and the
        # canonical address never send back the thousands of digits the fuzz test posted.
        ({"side": "8" * 2001}, MAX_PAGE_NUMBER, 3),
    ],
)
def test_a_missing_or_bad_number_is_the_first_page_and_a_high_one_the_last(query, asked, shown):
    assert requested_page_number(RequestFactory().get("/liste/", query)) == asked
    page = page_for(query)
    assert page.number == shown
    assert list(page) == ITEMS[(shown - 1) * 10 : shown * 10]


def render(page, query="", **options):
    request = RequestFactory().get("/liste/" + query)
    template = Template("{% load pagination_tags %}{% pagination page label=label anchor=anchor %}")
    return template.render(
        RequestContext(request, {"page": page, "label": "Sider", "anchor": "", **options})
    )


def test_the_links_keep_the_filters_say_where_the_reader_is_and_skip_one_page_lists():
    html = render(page_for({"side": "2"}), "?vaeksthus=2&side=2")
    assert '<nav class="pagination" aria-label="Sider">' in html
    assert '<a href="?vaeksthus=2&amp;side=1" rel="prev">Forrige side</a>' in html
    assert '<span aria-current="page">Side 2 af 3</span>' in html
    assert '<a href="?vaeksthus=2&amp;side=3" rel="next">Næste side</a>' in html
    assert render(paginate(RequestFactory().get("/"), ITEMS[:5])).strip() == ""


def test_the_links_may_point_into_the_page():
    html = render(page_for({}), anchor="tidligere")
    assert 'href="?side=2#tidligere" rel="next"' in html
    assert "Forrige side" not in html
