"""/sitemap.xml: every live page that anyone may see, with the routable sub-pages that are
pages of their own (BasePage.get_sitemap_urls), on SITE_URL. Built once per site generation:
with many thousands of pages it is too much work for each crawler's visit."""

from django.core.cache import cache
from django.http import HttpResponse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from lederweb.cache import site_generation

TIMEOUT = 3600


def sitemap(request):
    key = f"sitemap:{site_generation()}:{request.get_host()}:{request.GET.get('p', '1')}"
    content = cache.get(key)
    if content is None:
        response = wagtail_sitemap(request)
        response.render()
        content = response.content
        cache.set(key, content, TIMEOUT)
    return HttpResponse(content, content_type="application/xml")
