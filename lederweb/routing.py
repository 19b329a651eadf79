"""Cheaper page serving for the addresses readers hit most, without a full-page cache.

Wagtail looks up the site (one query), loads its root page (one more), walks the tree (one
query per level) and then checks view restrictions with two more. Here the site with its
root page, and the page an address led to, are kept in Redis as they were loaded. Every
answer is keyed on the site generation, so a publish, move or site change is seen at once on
every web node. The view restrictions are never kept: they are read on every request (one
query, lederweb/restrictions.py), so access control never waits for a cache to change."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from lederweb.cache import site_generation

TIMEOUT = 3600


class CachedSiteMiddleware:
    """Finds the request's Wagtail site, root page included, in Redis (Site.find_for_request
    reads it from `request._wagtail_site`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = _site_for(request)
        return self.get_response(request)


def _site_for(request):
    # Wagtail matches on the raw host (ALLOWED_HOSTS is checked later, by whoever reads it).
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"site:{site_generation()}:{hostname}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific  # loaded once, kept with the site
            cache.set(key, site, TIMEOUT)
    return site


def _route_key(root, path_components):
    return f"route-page:{site_generation()}:{root.pk}:{'/'.join(path_components)}"


class CachedRouteMixin:
    """For the site root page: the page an address leads to comes from Redis as loaded; a
    routable page (feeds, filters, reading editions) then resolves its own sub-route."""

    def route(self, request, path_components):
        if not path_components:  # the root itself: nothing to look up
            return super().route(request, path_components)
        key = _route_key(self, path_components)
        page = cache.get(key)
        if page is not None:
            return page.route(request, path_components[page.depth - self.depth :])
        result = super().route(request, path_components)
        cache.set(key, result.page, TIMEOUT)
        return result
