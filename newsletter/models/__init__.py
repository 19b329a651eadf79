"""Subscribers and what proves their consent. The weekly issue and its deliveries hang off
`Subscriber` (status ACTIVE, `sections`, `token` for the unsubscribe and preferences links)."""

import hashlib
import secrets

from django.contrib import admin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lederweb.seo import absolute_url
from newsletter.links import preferences_url

# The weekly issue and its deliveries, and the provider's reports, in modules of their own.
from newsletter.models.issues import Delivery, Issue, IssueItem, SendSettings
from newsletter.models.provider_events import ProviderEvent
from newsletter.policy import CONFIRMATION_LINK_VALIDITY


def new_token():
    return secrets.token_urlsafe(32)


def normalize_email(value):
    return value.strip().lower()


def hash_email(email):
    """Pseudonymised address, kept after an unsubscribe to prove the withdrawal."""
    return hashlib.sha256(normalize_email(email).encode()).hexdigest()


class SubscriberQuerySet(models.QuerySet):
    def receiving(self):
        return self.filter(status=Subscriber.Status.ACTIVE)

    def with_address(self, email):
        # lower(email) = … is what the case-insensitive unique index can answer.
        return self.alias(email_lower=Lower("email")).filter(email_lower=normalize_email(email))


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Afventer bekræftelse")
        ACTIVE = "active", _("Aktiv")
        UNSUBSCRIBED = "unsubscribed", _("Afmeldt")
        BOUNCED = "bounced", _("Afvist af modtagerens mailserver")
        # A complaint or an unsubscribe reported by the mail provider: nothing more is sent,
        # the address and consent stay as they were (the proof is in ProviderEvent).
        STOPPED = "stopped", _("Stoppet af mailudbyderen")

    # NULL after an unsubscribe (only email_hash and the consent rows remain, see policy.py);
    # NULL, not "", so that the many withdrawn rows never collide in the unique index.
    email = models.EmailField(_("E-mail"), null=True, blank=True)  # noqa: DJ001
    email_hash = models.CharField(_("Hash af e-mailadressen"), max_length=64, db_index=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    sections = models.ManyToManyField(
        "lederweb.SectionPage", blank=True, related_name="+", verbose_name=_("Væksthuse")
    )
    # The secret in every mail's unsubscribe and preferences links.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("Tilmeldt"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("Bekræftet"), null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(_("Afmeldt"), null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Abonnent")
        verbose_name_plural = _("Abonnenter")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci_unique")
        ]

    def __str__(self):
        return self.email or _("Afmeldt abonnent %(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        if self.email:
            self.email = normalize_email(self.email)
            self.email_hash = hash_email(self.email)
        super().save(*args, **kwargs)

    @admin.display(description=_("E-mail"), ordering="email")
    def address_label(self):
        """The address, or why there is none (an unsubscribe deletes it, see policy.py)."""
        return self.email or _("Adressen er slettet ved afmeldingen")

    @admin.display(description=_("Væksthuse"))
    def sections_label(self):
        """ "1+2+3", from prefetched sections where the admin list prefetches them."""
        return "+".join(str(n) for n in sorted(section.number for section in self.sections.all()))

    @property
    def unsubscribe_url(self):
        return absolute_url(reverse("newsletter:unsubscribe", args=[self.token]))

    @property
    def preferences_url(self):
        """Signed and time-limited (newsletter/links.py)."""
        return preferences_url(self)


class Consent(models.Model):
    """One agreement to the consent text, as given in one form: proof of when, what and where,
    and of its confirmation and withdrawal."""

    class Source(models.TextChoices):
        FOOTER = "footer", _("Formularen i sidefoden")
        SIGNUP_PAGE = "signup-page", _("Tilmeldingssiden")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    text = models.TextField(_("Samtykketekst"))
    version = models.CharField(_("Version"), max_length=20)
    source = models.CharField(_("Formular"), max_length=20, choices=Source.choices)
    given_at = models.DateTimeField(_("Givet"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("Bekræftet"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("Trukket tilbage"), null=True, blank=True)

    class Meta:
        ordering = ["given_at"]
        verbose_name = _("Samtykke")
        verbose_name_plural = _("Samtykker")

    def __str__(self):
        return f"{self.version} ({self.get_source_display()})"


class ConfirmationRequest(models.Model):
    """The outbox row a sign-up commits before anything is queued, and the one-time link its
    mail carries. `sent_at` stays empty until the mail server has taken the mail; a beat task
    re-queues rows that the broker never got."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm", _("Bekræft tilmeldingen")
        ALREADY_SUBSCRIBED = "already-subscribed", _("Du er allerede tilmeldt")
        PREFERENCES_LINK = "preferences-link", _("Nyt link til indstillingerne")
        WELCOME = "welcome", _("Velkommen")

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="confirmation_requests"
    )
    consent = models.OneToOneField(Consent, on_delete=models.CASCADE, null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CONFIRM)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Bekræftelsesmail")
        verbose_name_plural = _("Bekræftelsesmails")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(sent_at__isnull=True),
                name="newsletter_unsent_requests",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def expires_at(self):
        return self.created_at + CONFIRMATION_LINK_VALIDITY

    @property
    def confirm_url(self):
        return absolute_url(reverse("newsletter:confirm", args=[self.token]))


__all__ = [
    "ConfirmationRequest",
    "Consent",
    "Delivery",
    "Issue",
    "IssueItem",
    "ProviderEvent",
    "SendSettings",
    "Subscriber",
    "hash_email",
    "new_token",
    "normalize_email",
]
