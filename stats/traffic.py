"""What a page view tells about where its visit came from, reduced to what the statistics keep:
the referring site's domain (never its path or query), utm_source/utm_campaign, and the
device class (phone, tablet, desktop; never the user agent). Plain functions, no Redis, no
models: stats/counting.py turns their answers into counter names."""

from urllib.parse import urlsplit

from django.conf import settings

FIELD_CHARS = 100  # a campaign, source or search as kept (the columns' length)

# Substrings of the lower-cased user agent: str.find, where case-insensitive regular
# expressions cost a tenth of a millisecond on every counted view.
_TABLET = ("ipad", "tablet", "kindle", "silk", "playbook", "nexus 7", "nexus 9", "nexus 10")
_PHONE = ("mobi", "iphone", "ipod", "android", "windows phone", "blackberry", "opera mini")


def device_class(user_agent):
    """ "phone", "tablet" or "desktop" from the user agent, which is not kept. An Android
    without "Mobile" after "Android" in its user agent is a tablet, as Google asks of Android
    browsers."""
    user_agent = user_agent[:512]
    lower = user_agent.lower()
    if any(word in lower for word in _TABLET):
        return "tablet"
    if "Android" in user_agent and lower.find("mobile", lower.find("android") + 7) < 0:
        return "tablet"
    if any(word in lower for word in _PHONE):
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
