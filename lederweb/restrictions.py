"""Who may see a page: Wagtail's view restrictions (password, login, groups), read fresh on
every request, never from a cache.

- A page and every route below it (feeds, forms, reading editions, calendar files) are served
  through Wagtail's own serve view, whose `on_serve_page` hook checks the restrictions; routes
  whose last part is a file name (…/kalender.ics) reach it through `serve_file_route`.
- Lists of pages (listings, feeds, search, sitemap, »Mest læste«, related content, the
  newsletter) take `public_pages(queryset)`: a page at or below a restricted page is left out.
"""

from functools import wraps

from django.db.models import Exists, OuterRef, Q
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


def restrictions_for(page):
    """The view restrictions on `page` and its ancestors (and what they are aliases of), in
    one query. The page's place in the tree is read from the database in that query, not taken
    from `page`, which may come from the route cache (lederweb/routing.py)."""
    here = Page.objects.filter(pk=page.pk)

    def at_or_above(path):
        # `path` is the page's own or an ancestor's: a prefix of the page's path, as stored now.
        return Exists(here.filter(path__startswith=path))

    aliases = Page.objects.filter(alias_of__isnull=False).filter(at_or_above(OuterRef("path")))
    return PageViewRestriction.objects.filter(
        Q(at_or_above(OuterRef("page__path"))) | Q(page__in=aliases.values("alias_of"))
    )


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
