"""The one way a list is paged: Django's Paginator, the page number in `?side=`, and
components/pagination.html ({% pagination %}) for the links.

One rule for the number asked for: missing, not a number or below 1 gives the first page; past
the end gives the last page (a number of more than six digits, which no list reaches, is read
as the highest six-digit one: the page's title and canonical address show the number asked for,
and must not send a pasted kilobyte of digits back). Every address of a list answers with a page
of it, never a 404."""

from django.core.paginator import Paginator

PAGE_PARAM = "side"
PER_PAGE = 10
MAX_PAGE_NUMBER = 999_999


def requested_page_number(request):
    """The page number asked for, 1 or more (for the page title and the canonical address,
    which must not wait for the list itself)."""
    try:
        return min(max(1, int(request.GET.get(PAGE_PARAM, 1))), MAX_PAGE_NUMBER)
    except ValueError:
        return 1


def paginate(request, items, per_page=PER_PAGE):
    """The page of `items` the request asks for (a Django Page: the items, `number`,
    `paginator.count`, `has_next` …)."""
    return Paginator(items, per_page).get_page(requested_page_number(request))
