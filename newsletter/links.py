"""The links in a subscriber's mails. The unsubscribe link works for ever (RFC 8058, and a
withdrawal must always be possible); the preferences link, which shows the address and can
delete everything, is signed and works for PREFERENCES_LINK_VALIDITY, after which the
subscriber asks for a fresh one by e-mail."""

from django.core import signing
from django.urls import reverse

from lederweb.seo import absolute_url
from newsletter.policy import PREFERENCES_LINK_VALIDITY

_signer = signing.TimestampSigner(salt="newsletter.preferences")


class LinkExpired(Exception):
    pass


def preferences_key(subscriber):
    return preferences_key_for_token(subscriber.token)


def preferences_key_for_token(token):
    return _signer.sign(token)


def preferences_url(subscriber):
    """The absolute, signed preferences link of one subscriber: what every mail carries."""
    return absolute_url(reverse("newsletter:preferences", args=[preferences_key(subscriber)]))


def token_for(key):
    """The subscriber token a preferences key was made for; LinkExpired when it is too old,
    signing.BadSignature when it was never ours."""
    try:
        return _signer.unsign(key, max_age=PREFERENCES_LINK_VALIDITY)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
