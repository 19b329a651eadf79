"""One subscriber's copy of an edition: headers (List-Unsubscribe, List-Id, a Message-ID that
is the same for every copy of (issue, subscriber)) and the two bodies with their links filled
in. Built as raw bytes for SMTP (fast: no MIME tree per message) or as an EmailMessage for a
provider's API (django-anymail)."""

import binascii
import secrets
from email.header import Header
from email.utils import formatdate, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import sanitize_address
from django.urls import reverse

from lederweb.seo import absolute_url
from newsletter.rendering import PREFERENCES_KEY, TOKEN, personalise


def message_id(issue_id, subscriber_id):
    return f"<issue-{issue_id}.sub-{subscriber_id}@{settings.NEWSLETTER_MESSAGE_ID_DOMAIN}>"


def list_headers(token):
    unsubscribe = absolute_url(reverse("newsletter:unsubscribe", args=[token]))
    mailto = f"mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=afmeld-{token}"
    return {
        "List-Unsubscribe": f"<{unsubscribe}>, <{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": settings.NEWSLETTER_LIST_ID,
    }


def envelope_sender():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def to_header(address):
    """The common plain ASCII address as it is; anything else through Django's encoder."""
    if address.isascii() and address.isprintable() and not any(c in address for c in '<>",;'):
        return address
    return sanitize_address(address, "utf-8")


def _quoted_printable(text):
    return binascii.b2a_qp(text.encode(), istext=True)


def _crlf(text):
    """SMTP wants CRLF line ends, and smtplib leaves bytes as they are."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _subject_header(subject):
    return subject if subject.isascii() else Header(subject, "utf-8").encode()


class EncodedPart:
    """A body encoded once. A token as long as the placeholder replaces it in the encoded
    bytes directly, unless a soft line break split a placeholder (then: encode again)."""

    def __init__(self, text):
        self.text = text
        self.encoded = _quoted_printable(text)
        self.intact = all(
            self.encoded.count(placeholder.encode()) == text.count(placeholder)
            for placeholder in (TOKEN, PREFERENCES_KEY)
        )

    def with_token(self, token, preferences_key):
        if self.intact and (len(token), len(preferences_key)) == (len(TOKEN), len(PREFERENCES_KEY)):
            return self.encoded.replace(TOKEN.encode(), token.encode()).replace(
                PREFERENCES_KEY.encode(), preferences_key.encode()
            )
        return _quoted_printable(personalise(self.text, token, preferences_key))


class RawEdition:
    """An edition's fixed parts, encoded once; `build` adds one subscriber's parts."""

    def __init__(self, edition):
        self.text = EncodedPart(_crlf(edition.text))
        self.html = EncodedPart(_crlf(edition.html))
        self.boundary = f"=_lederweb_{secrets.token_hex(12)}"
        self.subject = _subject_header(edition.subject)
        self.from_header = sanitize_address(settings.DEFAULT_FROM_EMAIL, "utf-8")
        self.date = formatdate(usegmt=True)

    def build(self, issue_id, subscriber_id, address, token, preferences_key):
        head = [
            f"From: {self.from_header}",
            f"To: {to_header(address)}",
            f"Subject: {self.subject}",
            f"Date: {self.date}",
            f"Message-ID: {message_id(issue_id, subscriber_id)}",
            "MIME-Version: 1.0",
            *(f"{name}: {value}" for name, value in list_headers(token).items()),
            f'Content-Type: multipart/alternative; boundary="{self.boundary}"',
        ]
        part = (
            f'--{self.boundary}\r\nContent-Type: text/%s; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        )
        return b"".join(
            [
                "\r\n".join(head).encode(),
                b"\r\n\r\n",
                (part % "plain").encode(),
                self.text.with_token(token, preferences_key),
                b"\r\n",
                (part % "html").encode(),
                self.html.with_token(token, preferences_key),
                f"\r\n--{self.boundary}--\r\n".encode(),
            ]
        )


def email_message(
    edition, issue_id, subscriber_id, address, token, connection=None, preferences_key=None
):
    """The same mail as an EmailMessage, for backends that are not plain SMTP."""
    message = EmailMultiAlternatives(
        subject=edition.subject,
        body=personalise(edition.text, token, preferences_key),
        to=[address],
        headers={"Message-ID": message_id(issue_id, subscriber_id), **list_headers(token)},
        connection=connection,
    )
    message.attach_alternative(personalise(edition.html, token, preferences_key), "text/html")
    return message
