"""The container's own health check (docker-compose.yml, Dockerfile) asks
http://127.0.0.1:8000/healthz/ from inside: plain http, with the host 127.0.0.1. In production
the SSL redirect would answer 301 and ALLOWED_HOSTS=lederweb.dk would refuse the host, so this
middleware, first in MIDDLEWARE, answers /healthz/ itself for loopback requests that no proxy
forwarded. Every other request, /healthz/ through the proxy included, goes the normal way."""

import ipaddress

from lederweb.views import HEALTH_PATH, healthz


def is_local_health_check(request):
    if request.path != HEALTH_PATH or "HTTP_X_FORWARDED_FOR" in request.META:
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


class LoopbackHealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_local_health_check(request):
            return healthz(request)
        return self.get_response(request)
