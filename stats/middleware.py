"""Counts every public page view and document download, after the response is made (see
stats/counting.py). An article counts itself in its serve path, together with its read, and
is left alone here: one Redis round trip per request either way."""

from stats.counting import count_view

NOT_PAGES = ("/admin/", "/django-admin/", "/cms/")


class TrafficMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_view(request, response):
            count_view(request, response, getattr(request, "stats_page_id", None))
        return response


def _is_view(request, response):
    if getattr(request, "stats_download", None) is not None:
        return True
    return response.get("Content-Type", "").startswith("text/html") and not request.path.startswith(
        NOT_PAGES
    )
