"""What the mail provider reported about an address (a bounce, a complaint, an unsubscribe at
the provider): kept as the proof behind a subscriber's stopped status."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProviderEvent(models.Model):
    subscriber = models.ForeignKey(
        "newsletter.Subscriber",
        on_delete=models.CASCADE,  # erasure on request takes the proof with it
        related_name="provider_events",
        verbose_name=_("Abonnent"),
    )
    esp_name = models.CharField(_("Mailudbyder"), max_length=40)
    event_type = models.CharField(_("Hændelse"), max_length=40)
    event_id = models.CharField(_("Udbyderens id"), max_length=200, blank=True)
    recipient = models.EmailField(_("Modtager"))
    description = models.TextField(_("Beskrivelse"), blank=True)
    occurred_at = models.DateTimeField(_("Sket"), null=True, blank=True)
    received_at = models.DateTimeField(_("Modtaget"), default=timezone.now)
    payload = models.JSONField(_("Udbyderens data"), encoder=DjangoJSONEncoder, null=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Hændelse fra mailudbyderen")
        verbose_name_plural = _("Hændelser fra mailudbyderen")

    def __str__(self):
        return f"{self.esp_name}: {self.event_type} ({self.recipient})"
