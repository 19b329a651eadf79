"""Cache-Control on every answer, so that a proxy or CDN in front of the site may keep what is
the same for everyone and never keeps anything personal (the second of the site's two cache
layers; the first is lederweb/cache.py). With FRONTEND_CACHE_PURGE_URL set, Wagtail purges a
page from that proxy when it is published or unpublished (wagtail.contrib.frontend_cache).

- An answer that says for itself (documents, search, the health check, Wagtail's answer for a
  restricted page) keeps its own header.
- A page shown to a logged-in user is never stored.
- A page with a CSRF-protected form (the sign-up form in every page's footer), or one that sets
  a cookie, is private: the form's token belongs to one reader.
- Any other successful GET (feeds, the sitemap, calendar files, images) is public for
  PUBLIC_CACHE_SECONDS."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control


def _logged_in(request):
    # Only a request that looked at its session can have shown anything of the user's.
    session = getattr(request, "session", None)
    return session is not None and session.accessed and request.user.is_authenticated


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.has_header("Cache-Control")
            or request.method not in ("GET", "HEAD")
            or response.status_code != 200
        ):
            return response
        if _logged_in(request):
            add_never_cache_headers(response)
        elif request.META.get("CSRF_COOKIE_USED") or response.cookies:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        return response
