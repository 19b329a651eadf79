"""What an issue says: its items, and the mail rendered once per distinct set of items.

Who gets which item: a subscriber who chose no sections gets everything (the sign-up default
is "all"). An item marked with Væksthuse goes to subscribers of any of them. An item marked
with no Væksthus (the board's, or unmarked) concerns the whole partnership and goes to
everyone. The per-subscriber links are placeholders (TOKEN) filled in when sending."""

import logging
from dataclasses import dataclass, replace
from urllib.parse import urlencode

import css_inline
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from wagtail.models import Page

from lederweb.restrictions import public_pages
from lederweb.seo import absolute_url

logger = logging.getLogger(__name__)

# Inline every rule mail clients need inline; keep the media queries (narrow screens, dark
# mode) in a <style> block for the clients that read it.
INLINER = css_inline.CSSInliner(keep_at_rules=True)

# Stands in for the subscriber's token in the rendered mail: only [A-Z] so it survives HTML
# escaping, URLs and quoted-printable unchanged, and as long as a real token (43 characters,
# secrets.token_urlsafe(32)) so the encoded mail can take the token without re-encoding.
TOKEN = "NLXTOKEN" + "X" * 35  # noqa: S105 - a placeholder, not a secret
# Stands in for the subscriber's signed preferences key (newsletter/links.py): the token, a
# timestamp and a signature, 94 characters.
PREFERENCES_KEY = "NLXPREFS" + "X" * 86


@dataclass(frozen=True)
class Picture:
    """An item's image as mailed: a rendition's absolute address, its size and alt text."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: str
    group: str
    title: str
    introduction: str
    url: str
    when: str
    section_ids: frozenset
    picture: Picture | None = None
    # The markings shown on the item, each in its Væksthus's colour: ("1", "Væksthus 1"), …,
    # ("board", "Bestyrelsen"); the key names the mail's CSS class (mark-1 … mark-board).
    markings: tuple = ()

    def concerns(self, subscriber_section_ids):
        if not subscriber_section_ids or not self.section_ids:
            return True
        return bool(self.section_ids & subscriber_section_ids)


@dataclass(frozen=True)
class Edition:
    """One rendered variant of an issue, with TOKEN where each subscriber's token goes."""

    subject: str
    html: str
    text: str


def _when(page):
    return getattr(page, "period_label", "")


def kind_label(page):
    """What the item is, as the admin names its page type: "Artikel", "Udgivelse", …"""
    return str(page._meta.verbose_name)


# Mailed at 552 px (600 less the padding), twice that for sharp screens.
PICTURE_SPEC = "fill-1104x620|format-jpeg|jpegquality-75"


def picture(page):
    """The page's own picture (or its sharing picture) as a rendition; None without one, or
    when its file cannot be read (the item goes without a picture rather than not at all)."""
    from wagtail.images.models import SourceImageIOError

    field = getattr(page, "share_image_field", None)
    image = (getattr(page, field) if field else None) or getattr(page, "social_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(PICTURE_SPEC)
    except (SourceImageIOError, OSError):
        logger.warning("Nyhedsbrev: billedet til side %s kunne ikke læses", page.pk)
        return None
    return Picture(
        url=absolute_url(rendition.url),
        width=552,
        height=round(552 * rendition.height / rendition.width),
        alt=image.default_alt_text,
    )


def items_for_pages(pages):
    """Items from specific pages of any kind (articles, publications, events), in order."""
    return [
        Item(
            page_id=page.pk,
            kind=kind_label(page),
            group=str(page._meta.verbose_name_plural),
            title=page.title,
            introduction=page.introduction,
            url=absolute_url(page),
            when=_when(page),
            section_ids=frozenset(section.pk for section in page.vaeksthuse.all()),
            picture=picture(page),
            markings=markings(page),
        )
        for page in pages
    ]


def markings(page):
    numbers = sorted(section.number for section in page.vaeksthuse.all())
    shown = [(str(number), f"Væksthus {number}") for number in numbers]
    if getattr(page, "board", False):
        shown.append(("board", "Bestyrelsen"))
    return tuple(shown)


def item_pages(issue):
    """The issue's pages as their specific types, in the editor's order, sections prefetched.
    A page unpublished or view-restricted since it was chosen is left out: the newsletter
    goes to everyone and never shows what only some may see (lederweb.restrictions)."""
    page_ids = list(issue.items.order_by("sort_order").values_list("page_id", flat=True))
    pages = list(public_pages(Page.objects.filter(pk__in=page_ids).live()).specific())
    # Each page type has its own Væksthus relation: prefetch per type (one query each).
    for model in {type(page) for page in pages}:
        prefetch_related_objects([page for page in pages if type(page) is model], "vaeksthuse")
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in page_ids if pk in by_id]


def issue_items(issue):
    return items_for_pages(item_pages(issue))


def items_for(items, subscriber_section_ids):
    return tuple(item for item in items if item.concerns(frozenset(subscriber_section_ids)))


@dataclass(frozen=True)
class Group:
    label: str
    items: tuple


def grouped(items):
    """Items grouped by kind ("Artikler", "Udgivelser", …), groups and items in the editor's
    order (a group where its first item is)."""
    groups = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    return [Group(label, tuple(members)) for label, members in groups.items()]


def campaign_url(url, issue):
    """An item's link as mailed, tagged with the issue, so the site's own statistics know
    which issue a visit came from (stats/traffic.py): the same for every subscriber, no
    tracking pixel."""
    tags = {
        "utm_source": "nyhedsbrev",
        "utm_medium": "email",
        "utm_campaign": f"nyhedsbrev-{issue.pk}",
    }
    return f"{url}{'&' if '?' in url else '?'}{urlencode(tags)}"


def render(issue, items):
    items = tuple(replace(item, url=campaign_url(item.url, issue)) for item in items)
    context = {
        "issue": issue,
        "items": items,
        "groups": grouped(items),
        "intro_paragraphs": [p.strip() for p in issue.intro.split("\n\n") if p.strip()],
        "logo_url": absolute_url(static("img/logo.png")),
        "preheader": _preheader(issue, items),
        "unsubscribe_url": absolute_url(reverse("newsletter:unsubscribe", args=[TOKEN])),
        "preferences_url": absolute_url(reverse("newsletter:preferences", args=[PREFERENCES_KEY])),
        "site_url": settings.SITE_URL,
    }
    html = INLINER.inline(render_to_string("email/newsletter_issue.html", context))
    text = render_to_string("email/newsletter_issue.txt", context)
    return Edition(subject=issue.subject, html=html, text=text)


def _preheader(issue, items):
    if issue.intro:
        return issue.intro.splitlines()[0][:140]
    return ", ".join(item.title for item in items)[:140]


class Editions:
    """Renders each distinct item set once, however many subscribers share it."""

    def __init__(self, issue, items=None):
        self.issue = issue
        self.items = issue_items(issue) if items is None else items
        self._rendered = {}

    def for_sections(self, section_ids):
        chosen = items_for(self.items, section_ids)
        key = tuple(item.page_id for item in chosen)
        if key not in self._rendered:
            self._rendered[key] = render(self.issue, chosen)
        return self._rendered[key]


def personalise(text, token, preferences_key=None):
    """One subscriber's links: the unsubscribe token and the signed preferences key (a
    preview or test passes only its inert token, used for both)."""
    return text.replace(TOKEN, token).replace(PREFERENCES_KEY, preferences_key or token)
