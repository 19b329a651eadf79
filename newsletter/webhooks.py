"""The mail provider's tracking webhook, routed for the configured provider only
(`NEWSLETTER_ESP`) and only once it can prove who calls: anymail's basic auth
(`ANYMAIL_WEBHOOK_SECRET`) and, where the provider signs its calls, the signing key.
A forged or unsigned call answers 403, any other provider's address 404."""

import logging
from functools import cache, wraps

from django.conf import settings
from django.http import Http404, HttpResponseForbidden
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)

# The ANYMAIL keys that verify each provider's signature, for the providers that sign.
SIGNING_KEYS = {
    "mailersend": "MAILERSEND_SIGNING_SECRET",
    "mailgun": "MAILGUN_WEBHOOK_SIGNING_KEY",
    "mailtrap": "MAILTRAP_TRACKING_SECRET",
    "mandrill": "MANDRILL_WEBHOOK_KEY",
    "postal": "POSTAL_WEBHOOK_KEY",
    "resend": "RESEND_SIGNING_SECRET",
    "sendgrid": "SENDGRID_TRACKING_WEBHOOK_VERIFICATION_KEY",
    "unisender_go": "UNISENDER_GO_API_KEY",
}


def missing_settings(esp, anymail):
    """The ANYMAIL keys the provider's webhook still lacks; empty when it is secured."""
    needed = ["WEBHOOK_SECRET", *([SIGNING_KEYS[esp]] if esp in SIGNING_KEYS else [])]
    return [key for key in needed if not anymail.get(key)]


@cache
def _anymail_view(esp):
    from anymail.urls import urlpatterns

    names = {pattern.name: pattern.callback for pattern in urlpatterns}
    view = names.get(f"{esp}_tracking_webhook")
    return _refusing_forgeries(view) if view else None


def _refusing_forgeries(view):
    """anymail answers a failed check with 400; a forged call is forbidden, so 403."""
    from anymail.exceptions import AnymailWebhookValidationFailure

    @wraps(view)
    def checked(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except AnymailWebhookValidationFailure:
            logger.warning("Afviste et kald til %s' webhook uden gyldig signatur", view.__name__)
            return HttpResponseForbidden()

    return checked


# The provider posts without cookies or CSRF token; the secret and signature protect it.
@csrf_exempt
def tracking(request, esp):
    view = _anymail_view(esp) if esp == settings.NEWSLETTER_ESP else None
    if view is None:
        raise Http404
    missing = missing_settings(esp, getattr(settings, "ANYMAIL", {}))
    if missing:
        logger.error("Webhooken for %s mangler %s og er slået fra", esp, ", ".join(missing))
        raise Http404
    return view(request)


urlpatterns = [path("<slug:esp>/tracking/", tracking, name="anymail-tracking")]
