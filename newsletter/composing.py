"""What an issue says: its items, and the mail rendered once per distinct set of items.

Who gets which item: a subscriber who chose no sections gets everything (the sign-up default
is "all"). An item marked with Væksthuse goes to subscribers of any of them. An item marked
with no Væksthus (the board's, or unmarked) concerns the whole partnership and goes to
everyone. The per-subscriber links are placeholders (TOKEN) filled in when sending."""

from dataclasses import dataclass

import css_inline
from django.conf import settings
from django.template.loader import render_to_string

# Stands in for the subscriber's token in the rendered mail: only [A-Z] so it survives HTML
# escaping, URLs and quoted-printable unchanged, and as long as a real token (43 characters,
# secrets.token_urlsafe(32)) so the encoded mail can take the token without re-encoding.
TOKEN = "NLXTOKEN" + "X" * 35  # noqa: S105 - a placeholder, not a secret


@dataclass(frozen=True)
class Item:
    page_id: int
    kind: str
    title: str
    introduction: str
    url: str
    when: str
    section_ids: frozenset

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


def _page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else "/"


def _when(page):
    return getattr(page, "period_label", "")


def kind_label(page):
    """What the item is, as the admin names its page type: "Artikel", "Udgivelse", …"""
    return str(page._meta.verbose_name)


def items_for_pages(pages):
    """Items from specific pages of any kind (articles, publications, events), in order."""
    return [
        Item(
            page_id=page.pk,
            kind=kind_label(page),
            title=page.title,
            introduction=page.introduction,
            url=settings.SITE_URL + _page_path(page),
            when=_when(page),
            section_ids=frozenset(section.pk for section in page.vaeksthuse.all()),
        )
        for page in pages
    ]


def issue_items(issue):
    from newsletter.issues import item_pages

    return items_for_pages(item_pages(issue))


def items_for(items, subscriber_section_ids):
    return tuple(item for item in items if item.concerns(frozenset(subscriber_section_ids)))


def link(path):
    return f"{settings.SITE_URL}{path}"


def render(issue, items):
    context = {
        "issue": issue,
        "items": items,
        "preheader": _preheader(issue, items),
        "unsubscribe_url": link(f"/nyhedsbrev/afmeld/{TOKEN}/"),
        "preferences_url": link(f"/nyhedsbrev/indstillinger/{TOKEN}/"),
        "site_url": settings.SITE_URL,
    }
    html = css_inline.inline(render_to_string("email/newsletter_issue.html", context))
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


def personalise(text, token):
    return text.replace(TOKEN, token)
