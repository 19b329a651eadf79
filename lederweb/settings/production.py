import os

from django.core.exceptions import ImproperlyConfigured

from newsletter.webhooks import missing_settings as missing_webhook_settings

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", False)
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY skal være sat i produktion.")
if NEWSLETTER_ESP and (missing := missing_webhook_settings(NEWSLETTER_ESP, ANYMAIL)):  # noqa: F405
    raise ImproperlyConfigured(
        f"NEWSLETTER_ESP={NEWSLETTER_ESP} kræver ANYMAIL_{' og ANYMAIL_'.join(missing)}: "  # noqa: F405
        "ellers kan enhver sende falske klager og afvisninger til webhooken."
    )
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405

# TLS ends at the proxy in front of gunicorn, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# `make serve` on loopback has no proxy in front, so it sets SECURE_SSL_REDIRECT=false.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS") or 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
