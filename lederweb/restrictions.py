"""Who may see a page: Wagtail's view restrictions (password, login, groups), read fresh on
every request, never from a cache.

- A page and every route below it (feeds, forms, reading editions, calendar files) are served
  through Wagtail's own serve view, whose `on_serve_page` hook checks the restrictions; routes
  whose last part is a file name (…/kalender.ics) reach it through `serve_file_route`.
- Lists of pages (listings, feeds, search, sitemap, »Mest læste«, related content, the
  newsletter) take `public_pages(queryset)`: a page at or below a restricted page is left out.
"""

from functools import wraps

from django.db import connection
from django.db.models import Exists, OuterRef
from django.db.models.expressions import RawSQL
from django.db.models.functions import Left, Length
from wagtail.models import Page, PageViewRestriction


def restricted(via=""):
    """True for a row (a page, or with `via="page__"` a row pointing to a page) at or below a
    page with a view restriction: one subquery, evaluated with the query it is part of."""
    path = OuterRef(f"{via}path")
    return Exists(PageViewRestriction.objects.filter(page__path=Left(path, Length("page__path"))))


def public_pages(queryset, via=""):
    """The rows of `queryset` that anyone may see: none at or below a restricted page."""
    return queryset.filter(~restricted(via))


# The page's place in the tree as the database has it now (`here`), the pages at or above it
# (`above`: their paths are prefixes of its path), and the restrictions on one of them or on
# the page one of them is an alias of. Written out once: the same condition through the ORM's
# nested Exists took longer to build than the rest of a warm article request's queries and
# cache reads together (make bench, CPU per request).
RESTRICTIONS_SQL = """
    SELECT restriction.id FROM {restrictions} restriction
    WHERE EXISTS (
        SELECT 1 FROM {pages} here
        JOIN {pages} above ON LEFT(here.path, LENGTH(above.path)) = above.path
        WHERE here.id = %s
        AND (above.id = restriction.page_id OR above.alias_of_id = restriction.page_id)
    )
"""


def restrictions_for(page):
    """The view restrictions on `page` and its ancestors (and what they are aliases of), in
    one query. The page's place in the tree is read from the database in that query, not taken
    from `page`, which may come from the route cache (lederweb/routing.py). A queryset, as
    Wagtail's admin orders and filters it."""
    sql = RESTRICTIONS_SQL.format(
        restrictions=connection.ops.quote_name(PageViewRestriction._meta.db_table),
        pages=connection.ops.quote_name(Page._meta.db_table),
    )
    # Table names from the models; the page id is a parameter.
    return PageViewRestriction.objects.filter(id__in=RawSQL(sql, [page.pk]))  # noqa: S611


def serve_file_route(request, path):
    """A page route whose last part is a file name (…/kalender.ics, declared on the page as
    `@path("kalender.ics/")`): Wagtail's serve view only takes paths that end in a slash, so
    the slash is added here and everything else (routing, view restrictions, every serve
    hook) is Wagtail's own."""
    from wagtail.views import serve

    return serve(request, path + "/")


def answering_400_when_refused(view):
    """Wagtail's password form for a page or a document answers a wrong password with 400 and
    the form, as every public form answers what it cannot accept (Wagtail answers 200)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code == 200:
            response.status_code = 400
        return response

    return wrapped
