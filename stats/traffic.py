"""What a page view tells about where its visit came from, reduced to what the statistics keep:
the referring site's domain (never its path or query), utm_source/utm_campaign, and the
device class (phone, tablet, desktop; never the user agent). Plain functions, no Redis, no
models: stats/counting.py turns their answers into counter names."""

import re
from urllib.parse import urlsplit

from django.conf import settings

FIELD_CHARS = 100  # a campaign, source or search as kept (the columns' length)

_TABLET = re.compile(r"iPad|Tablet|Kindle|Silk|PlayBook|Nexus (7|9|10)", re.IGNORECASE)
_PHONE = re.compile(r"Mobi|iPhone|iPod|Android|Windows Phone|BlackBerry|Opera Mini", re.I)
_ANDROID_PHONE = re.compile(r"Android.*Mobile", re.IGNORECASE)


def device_class(user_agent):
    """ "phone", "tablet" or "desktop" from the user agent, which is not kept. An Android
    without "Mobile" in its user agent is a tablet, as Google asks of Android browsers."""
    user_agent = user_agent[:512]
    if _TABLET.search(user_agent) or (
        "Android" in user_agent and not _ANDROID_PHONE.search(user_agent)
    ):
        return "tablet"
    if _PHONE.search(user_agent):
        return "phone"
    return "desktop"


def referrer_domain(request):
    """The domain of the other site the reader came from, lower case without "www." and port;
    "" when there is none, it is this site, or not a web address."""
    referrer = request.headers.get("Referer", "")[:2048]
    try:
        parts = urlsplit(referrer)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not host or host in _own_hosts(request):
        return ""
    return host.removeprefix("www.")[:255]


def _own_hosts(request):
    hosts = {request.get_host().rsplit(":", 1)[0].lower()}
    site_host = urlsplit(getattr(settings, "SITE_URL", "") or "").hostname
    if site_host:
        hosts.add(site_host.lower())
    return hosts


def campaign(request):
    """(utm_source, utm_campaign) of a tagged link, or None. Stripped of the "|" that
    separates the counter's parts, and cut to the column's length."""
    source = _tag(request.GET.get("utm_source", ""))
    if not source:
        return None
    return source, _tag(request.GET.get("utm_campaign", ""))


def _tag(value):
    return " ".join(value.replace("|", " ").split())[:FIELD_CHARS].lower()


def normalise_query(text):
    """A search as counted: lower case, single spaces, at most FIELD_CHARS characters, so
    "Trivsel ", "trivsel" and "TRIVSEL" are one search."""
    return " ".join(text.lower().split())[:FIELD_CHARS]
