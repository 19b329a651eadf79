"""One rule for what the public may send: a form the public fills in is a few kilobytes, so a
request body over PUBLIC_BODY_LIMIT outside the admin and the mail provider's webhook answers
400 with the Danish page (templates/400.html) before anything reads it, and is never shown
back. Django's DATA_UPLOAD_MAX_MEMORY_SIZE stays the limit for the admin, whose page forms
carry whole StreamFields, and for the webhook's batches."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig

EXEMPT_PREFIXES = ("/admin/", "/anymail/")


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class PublicBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        too_big = declared_length(request) > settings.PUBLIC_BODY_LIMIT
        if too_big and not request.path.startswith(EXEMPT_PREFIXES):
            # Django answers its own upload limit's exception with handler400 (400.html).
            raise RequestDataTooBig("Request body exceeded settings.PUBLIC_BODY_LIMIT.")
        return self.get_response(request)
