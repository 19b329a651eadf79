"""schema.org JSON-LD: the things every page type shares (the organisation, the breadcrumb
trail, a postal address) and the one way they are written into a page. Each page type's
`structured_data(request)` builds its own dicts from its fields with these."""

import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import mark_safe

from lederweb.seo import absolute_url, page_description, share_image_url, site_settings

HOME_LABEL = "Forside"  # as the visible breadcrumbs call the front page
LANGUAGE = "da-DK"
LOGO = "img/logo.png"
# "Weidekampsgade 10, 2300 København S": street, then a Danish postcode and town.
DANISH_ADDRESS = re.compile(r"^(?P<street>.+?),\s*(?P<postcode>\d{4})\s+(?P<town>[^,]+)$")
# Inside <script> only these could end the element or open a comment: JSON escapes them.
SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld(things):
    """The dicts as one JSON-LD document, safe to put between <script> tags as it is."""
    if not things:
        return ""
    document = {"@context": "https://schema.org", "@graph": things}
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def organization(request):
    """Væksthus for Ledelse as the site's settings describe it."""
    details = site_settings(request)
    data = {
        "@type": "Organization",
        "@id": absolute_url("/#organisation"),
        "name": details.organisation,
        "url": absolute_url("/"),
        "logo": absolute_url(static(LOGO)),
    }
    if details.email:
        data["email"] = details.email
    if details.phone:
        data["telephone"] = details.phone
    return data


def website(request):
    return {
        "@type": "WebSite",
        "@id": absolute_url("/#website"),
        "name": settings.WAGTAIL_SITE_NAME,
        "url": absolute_url("/"),
        "inLanguage": LANGUAGE,
        "publisher": {"@id": absolute_url("/#organisation")},
    }


def breadcrumbs(trail):
    """A BreadcrumbList of (name, absolute url) pairs, the front page first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def with_crumb(things, name, url):
    """The things with one more step at the end of their breadcrumb trail."""
    return [
        breadcrumbs([*_trail(thing), (name, url)]) if thing["@type"] == "BreadcrumbList" else thing
        for thing in things
    ]


def _trail(breadcrumb_list):
    return [(item["name"], item["item"]) for item in breadcrumb_list["itemListElement"]]


def breadcrumb_list(page, request):
    """The trail the visible breadcrumbs show: the front page, the ancestors, the page."""
    ancestors = page.get_ancestors().filter(depth__gte=2)
    trail = [
        (HOME_LABEL if ancestor.depth == 2 else ancestor.title, absolute_url(ancestor, request))
        for ancestor in ancestors
    ]
    return breadcrumbs([*trail, (page.title, absolute_url(page, request))])


def postal_address(text):
    """A PostalAddress from a one-line Danish address; the line as it is if it won't parse."""
    match = DANISH_ADDRESS.match(" ".join(text.split()))
    if not match:
        return {"@type": "PostalAddress", "streetAddress": text, "addressCountry": "DK"}
    return {
        "@type": "PostalAddress",
        "streetAddress": match["street"],
        "postalCode": match["postcode"],
        "addressLocality": match["town"],
        "addressCountry": "DK",
    }


def common(page, request, schema_type, **fields):
    """What every page's main thing says: its type, name, address, description, picture."""
    data = {
        "@type": schema_type,
        "name": page.seo_title or page.title,
        "url": absolute_url(page, request),
        "description": page_description(page, request),
        "inLanguage": LANGUAGE,
    }
    image = share_image_url(page, request)
    if image:
        data["image"] = [image]
    return {**data, **{key: value for key, value in fields.items() if value not in (None, "")}}


def person(author):
    """An author as the article's author box shows them: name, role and organisation."""
    data = {"@type": "Person", "name": author["name"]}
    if author.get("role"):
        data["jobTitle"] = author["role"]
    if author.get("organisation"):
        data["worksFor"] = {"@type": "Organization", "name": author["organisation"]}
    return data
