"""Cheaper page serving for the addresses readers hit most, without a full-page cache.

Wagtail finds a page by walking the tree, one query per level, and then checks view
restrictions with two more. Here the site root remembers, per site generation, which page an
address led to (one query to load it), and the restriction check is skipped while the site
has no restrictions at all. Both answers live in Redis and are keyed on the site generation,
so a publish, move or new restriction is seen at once on every web node."""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import PageViewRestriction
from wagtail.url_routing import RouteResult

from lederweb.cache import site_generation

TIMEOUT = 3600


def _route_key(root, path_components):
    return f"route:{site_generation()}:{root.pk}:{'/'.join(path_components)}"


class CachedRouteMixin:
    """For the site root page: plain pages (no sub-routes) are found in one query."""

    def route(self, request, path_components):
        key = _route_key(self, path_components)
        remembered = cache.get(key)
        if remembered:
            page = _live_page(*remembered)
            if page is not None:
                return RouteResult(page)
        result = super().route(request, path_components)
        if not result.args and not result.kwargs:  # routable pages keep their own routing
            cache.set(key, (result.page.content_type_id, result.page.pk), TIMEOUT)
        return result


def _live_page(content_type_id, page_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.live().filter(pk=page_id).first() if model else None


def site_has_view_restrictions():
    key = f"view-restrictions:{site_generation()}"
    answer = cache.get(key)
    if answer is None:
        answer = PageViewRestriction.objects.exists()
        cache.set(key, answer, TIMEOUT)
    return answer
