"""The links in a participant's mails (cancel, confirm the address): the registration's id
and its signature per purpose, so nothing extra is stored and a link made for one purpose
opens no other."""

from django.core import signing
from django.utils.crypto import constant_time_compare

# Wagtail routes only paths of word characters and hyphens: "<id>-<URL-safe signature>".
TOKEN_PATTERN = r"[0-9]+-[\w-]+"  # noqa: S105 - a URL pattern, not a secret


def _signature(pk, purpose):
    return signing.Signer(salt=f"events.registration.{purpose}").signature(str(pk))


def make_token(registration, purpose):
    return f"{registration.pk}-{_signature(registration.pk, purpose)}"


def registration_for(event, token, purpose):
    """The event's registration the token names, or None for a forged or foreign token."""
    from events.models import Registration

    pk, _, signature = token.partition("-")
    if not pk.isdigit() or not constant_time_compare(signature, _signature(pk, purpose)):
        return None
    return Registration.objects.filter(pk=int(pk), event=event).first()
