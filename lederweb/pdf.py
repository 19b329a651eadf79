"""Templates printed to PDF with WeasyPrint: A4, page numbers (the @page rules of
static/css/print.css, which a PDF template links), and charts as vectors (the inline SVG of
lederweb/charts.py is drawn by WeasyPrint itself).

Static files are read from where Django's static finders find them, collected or not; nothing
else is fetched (a report makes no network requests) but data: URLs."""

import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

PDF_MIME = "application/pdf"


def static_file(name):
    """The file behind a static name: collected (production's hashed names live only in
    STATIC_ROOT) or where the finders find it (development, tests)."""
    if ".." in Path(name).parts:
        return None
    collected = Path(settings.STATIC_ROOT) / name
    return str(collected) if collected.is_file() else finders.find(name)


@cache
def static_files_fetcher():
    """WeasyPrint's fetcher limited to data: URLs and the site's own static files. WeasyPrint is
    imported here, when the first PDF is made, not at the top: importing it costs half a second
    at every start of every process (web, workers, beat, each manage.py), and few print."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = urlsplit(url).path
            found = path.startswith(settings.STATIC_URL) and static_file(
                path.removeprefix(settings.STATIC_URL)
            )
            if not found:
                raise ValueError(f"Kun sidens egne statiske filer kan bruges i en PDF: {url}")
            content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
            return URLFetcherResponse(
                url, Path(found).read_bytes(), headers={"Content-Type": content_type}
            )

    return StaticFilesFetcher


def html_to_pdf(html):
    """PDF bytes of an HTML document whose links to /static/ are the site's static files."""
    from weasyprint import HTML  # see static_files_fetcher

    fetcher = static_files_fetcher()()
    document = HTML(string=html, base_url=settings.SITE_URL + "/", url_fetcher=fetcher)
    return document.write_pdf()


def render_pdf(template_name, context, request=None):
    """The template rendered and printed: PDF bytes."""
    return html_to_pdf(render_to_string(template_name, context, request))
