"""The head's tags for search engines and social media (components/seo_meta.html).

What costs queries (the share image's rendition, the structured data, the feeds) is built once
per page and site generation and kept in Redis, so a page served from the caches makes no query
for its head. What differs between a page's sub-pages (title, address, the last breadcrumb) is
added per request."""

from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from lederweb.cache import fragment
from lederweb.seo import (
    absolute_url,
    canonical_url,
    image_tags,
    page_description,
    plain_text,
    share_image,
    short_description,
    site_description,
    site_settings,
)
from lederweb.structured_data import HOME_LABEL, breadcrumbs, json_ld, with_crumb

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}…{% endcapture %}: renders the inside (blocks included) once and
    keeps it as `name`, so the title block feeds both <title> and og:title."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Brug: {% capture as navn %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


def _cached(key, request, build):
    if getattr(request, "is_preview", False):
        return build()  # a preview shows unsaved changes: never keep them
    return fragment(f"seo:{key}", build)


def _page_part(page, request):
    return {
        "path": (page.get_url_parts(request) or [None] * 3)[2],
        "description": page_description(page, request),
        "og_type": page.og_type,
        "image": image_tags(share_image(page, request)),
        "things": page.structured_data(request),
        "feeds": page.feed_links(request),
    }


def _site_part(request):
    return {
        "description": short_description(site_description(request)),
        "og_type": "website",
        "image": image_tags(site_settings(request).share_image),
        "feeds": [],
    }


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context, title, description=""):
    """`title` and `description` are what the template's blocks say; where the description
    block is empty, the page's own (or the site's) is used."""
    request = context.get("request")
    if request is None:  # rendered outside a request (nothing to point at): no tags
        return {}
    page = context.get("page")
    title = plain_text(title)
    canonical = canonical_url(request)
    if hasattr(page, "structured_data"):
        shared = _cached(f"page:{page.pk}", request, lambda: _page_part(page, request))
        things = shared["things"]
        if request.path != shared["path"]:  # a page's sub-page: a chapter, an idea, a theme
            things = with_crumb(things, title, canonical)
    else:  # a Django view (newsletter, search): the site's picture, a trail of two
        shared = _cached(f"site:{request.get_host()}", request, lambda: _site_part(request))
        things = [breadcrumbs([(HOME_LABEL, absolute_url("/")), (title, canonical)])]
    return {
        **shared,
        "json_ld": json_ld(things),
        "title": title,
        "description": short_description(description) or shared["description"],
        "canonical_url": canonical,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


# Where each service takes a page to share: plain links, so no script or image of theirs is
# loaded, and nothing reaches them before a reader chooses to share.
SHARE_SERVICES = (
    (
        "LinkedIn",
        "https://www.linkedin.com/sharing/share-offsite/",
        lambda url, title: {"url": url},
    ),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php", lambda url, title: {"u": url}),
    (
        "X (Twitter)",
        "https://twitter.com/intent/tweet",
        lambda url, title: {"url": url, "text": title},
    ),
)


@register.inclusion_tag("components/share_links.html")
def share_links(page):
    """Links that share the page by e-mail, LinkedIn, Facebook and X: (service, address)."""
    url = absolute_url(page)
    if not url:
        return {}
    title = plain_text(page.title)
    mail = urlencode({"subject": title, "body": url}, quote_via=quote)
    services = [
        (name, f"{base}?{urlencode(query(url, title))}") for name, base, query in SHARE_SERVICES
    ]
    return {"links": [("e-mail", f"mailto:?{mail}"), *services]}
