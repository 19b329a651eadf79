"""The client's address, for every rate limit (django-ratelimit's RATELIMIT_IP_META_KEY) and
the read counter (stats/counting.py); every rate limit's rate, from the settings.

X-Forwarded-For is trusted only when the request comes from a proxy named in TRUSTED_PROXIES
(env FORWARDED_ALLOW_IPS, addresses or networks, comma separated; default none, as gunicorn is
told too). Anyone else can write anything into the header, so then REMOTE_ADDR is the client."""

import functools
import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def _networks(values):
    networks = []
    for value in values:
        if value == "*":  # as in gunicorn: every address (only where nothing else can connect)
            networks += [ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")]
            continue
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            logger.warning("TRUSTED_PROXIES: %r er ikke en adresse eller et net", value)
    return networks


def _is_trusted(address):
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request):
    """REMOTE_ADDR, or behind trusted proxies the nearest address in X-Forwarded-For that is
    not itself one of them (the entries further left are the client's own claims)."""
    remote = request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 - a Unix socket
    if not _is_trusted(remote):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in hops if hop]):
        if not _is_trusted(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return remote  # garbage from a proxy we trust: count the proxy
    return remote


def rate_setting(name):
    """A django-ratelimit `rate` that reads settings.<name> on each request."""

    def rate(group, request):
        return getattr(settings, name)

    return rate
