from wagtail import hooks

from stats.counting import note_download


@hooks.register("before_serve_page")
def note_page(page, request, serve_args, serve_kwargs):
    """The page view is counted for this page (stats/middleware.py), routed sub-pages too."""
    request.stats_page_id = page.pk


@hooks.register("before_serve_document")
def note_document(document, request):
    note_download(request, document.pk)
