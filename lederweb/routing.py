"""The request's Wagtail site (with its root page) and the page an address leads to, kept in
the fragment cache (lederweb/cache.py) as loaded, so a warm page is neither looked up by host
(Wagtail's heaviest query) nor walked down the tree level by level (two queries a level).
Both are keyed on the site generation, which every publish, unpublish, move, site change and
restriction change moves, so a change is seen at once on every web node. Who may see the page
is never taken from what is kept: lederweb/restrictions.py reads the page's place in the tree
and its restrictions from the database on every request.

Measured (make bench, CPU per article request): without these two the site lookup and the
tree walk make five queries more per page, half again the CPU time of a whole request."""

from wagtail.models import Site

from lederweb.cache import fragment


class CachedSiteMiddleware:
    """The request's Wagtail site, root page included, from the cache. Wagtail's public
    Site.find_for_request finds it on a miss and keeps it on the request; a hit is put where
    Site.find_for_request documents that it looks first (`request._wagtail_site`): Wagtail
    offers no public way to hand it a site, and the lookup is a fifth of a page's time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = fragment(f"site:{request.get_host()}", lambda: _load(request))
        return self.get_response(request)


def _load(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # loaded once, kept with the site
    return site


class CachedRouteMixin:
    """For the site root page: the page an address leads to comes from the cache as loaded; a
    routable page (feeds, filters, reading editions) then resolves its own sub-route."""

    def route(self, request, path_components):
        if not path_components:  # the root itself: nothing to look up
            return super().route(request, path_components)
        walk = super().route

        def routed_page():
            return walk(request, path_components).page

        page = fragment(f"route-page:{self.pk}:{'/'.join(path_components)}", routed_page)
        return page.route(request, path_components[page.depth - self.depth :])
