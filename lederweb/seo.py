"""What search engines and social media are told about a page: its address on SITE_URL, its
description and the picture it is shared with (SocialFields: the editor's choice, else the
page's own, else the site's), which templatetags/seo_tags.py puts in the head, and its entries
in the sitemap."""

import html
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, Site

from lederweb.pagination import PAGE_PARAM, requested_page_number

SHARE_RENDITION = "fill-1200x630|format-jpeg"
DESCRIPTION_LENGTH = 160


def image_field(verbose_name, help_text=""):
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


class SocialFields(models.Model):
    """How a page looks when shared on social media: the picture (see share_image below)."""

    social_image = image_field(
        _("Billede ved deling"),
        _(
            "Vises, når siden deles på sociale medier. Tomt: sidens eget billede eller "
            "sidens standardbillede fra Sidens oplysninger."
        ),
    )

    # The field with the page's own picture (a cover, a top image), shared when no social
    # image is chosen; and the Open Graph type of the page.
    share_image_field = None
    og_type = "website"

    promote_panels = [
        MultiFieldPanel([FieldPanel("social_image")], heading=_("Deling på sociale medier"))
    ]

    class Meta:
        abstract = True


def absolute_url(target, request=None):
    """A path or a page at its address on SITE_URL, whichever host the request came in on: the
    one base for links in the head, feeds, mails and calendar files. An address that is
    already absolute (object storage) stays; a page with no address on a site gives None."""
    if isinstance(target, Page):
        parts = target.get_url_parts(request)
        if not parts:
            return None
        target = parts[2]
    return target if urlsplit(target).scheme else settings.SITE_URL + target


def canonical_url(request):
    """The address without filters; a listing's later pages keep their page number."""
    url = absolute_url(request.path)
    number = requested_page_number(request)
    if number > 1:
        url += f"?{PAGE_PARAM}={number}"
    return url


def plain_text(text):
    return " ".join(html.unescape(str(text)).split())


def short_description(text):
    return Truncator(plain_text(text)).chars(DESCRIPTION_LENGTH)


def site_settings(request):
    # By its label, as a foreign key names a model: lederweb.models builds its pages on this
    # module (SocialFields), so this module cannot import it.
    return apps.get_model("lederweb", "SiteSettings").for_request(request)


def page_image(page):
    """The page's chosen social image, else its own picture (an article's image, a cover)."""
    own = getattr(page, page.share_image_field) if page.share_image_field else None
    return page.social_image or own


def share_image(page, request):
    """The page's picture (page_image), else the site's default."""
    return page_image(page) or site_settings(request).share_image


def image_tags(image):
    """What og:image and twitter:image say about a picture, or None without one."""
    from wagtail.images.models import SourceImageIOError

    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_RENDITION)
    except SourceImageIOError:  # the original file is gone: share without a picture
        return None
    return {
        "url": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }


def share_image_url(page, request):
    tags = image_tags(share_image(page, request))
    return tags["url"] if tags else None


def page_description(page, request):
    return short_description(
        page.search_description or page.introduction or site_description(request)
    )


def site_description(request):
    site = Site.find_for_request(request)
    return getattr(site.root_page.specific, "introduction", "") if site else ""


def sitemap_urls(page, request):
    """The page and its routable sub-pages on SITE_URL, with the time of the last change."""
    url = absolute_url(page, request)
    if url is None:
        return []
    lastmod = page.last_published_at or page.latest_revision_created_at
    return [
        {"location": url + subpath, "lastmod": lastmod}
        for subpath in ["", *page.sitemap_subpaths()]
    ]
