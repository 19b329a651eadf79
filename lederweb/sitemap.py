"""/sitemap.xml: every live page that anyone may see, with the routable sub-pages that are
pages of their own (BasePage.get_sitemap_urls), on SITE_URL. Built once per site generation:
with many thousands of pages it is too much work for each crawler's visit."""

from django.http import HttpResponse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from lederweb.cache import fragment


def sitemap(request):
    def build():
        return wagtail_sitemap(request).render().content

    content = fragment(f"sitemap:{request.get_host()}:{request.GET.get('p', '1')}", build)
    return HttpResponse(content, content_type="application/xml")
