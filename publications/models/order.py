import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_order_number():
    """Short enough to read aloud on the phone: eight random digits shown as 4821-0937."""
    number = secrets.randbelow(10**8)
    return f"{number // 10**4:04d}-{number % 10**4:04d}"


class OrderQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def pending(self):
        """Waiting for the address to be confirmed."""
        return self.filter(confirmed_at__isnull=True)


class Order(models.Model):
    """An order of free printed copies. Saved before anything else happens, so nothing a
    reader sent is lost; its copies are reserved until the secretariat ships it.

    One from the order form waits for its address to be confirmed from a mailed link: until
    then it holds its copies only until `held_until` (PUBLICATIONS_PENDING_HOLD_MINUTES), and
    beat deletes it if nobody confirms. One an editor enters in the admin is confirmed."""

    # Names the order in the thank-you page's address without revealing how many there are.
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    number = models.CharField(
        _("Ordrenummer"), max_length=9, unique=True, default=new_order_number, editable=False
    )
    publication = models.ForeignKey(
        "publications.PublicationPage",
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("Udgivelse"),
    )
    name = models.CharField(_("Navn"), max_length=200)
    organisation = models.CharField(_("Organisation"), max_length=200)
    address = models.CharField(_("Adresse"), max_length=300)
    postcode = models.CharField(_("Postnummer"), max_length=4)
    city = models.CharField(_("By"), max_length=100)
    email = models.EmailField(_("E-mail"))
    quantity = models.PositiveIntegerField(_("Antal"))
    note = models.TextField(_("Intern note"), blank=True)
    created_at = models.DateTimeField(_("Bestilt"), auto_now_add=True, db_index=True)
    shipped_at = models.DateTimeField(_("Afsendt"), null=True, blank=True, db_index=True)
    # Empty while the address is not confirmed.
    confirmed_at = models.DateTimeField(
        _("E-mailadresse bekræftet"), null=True, blank=True, editable=False, default=timezone.now
    )
    held_until = models.DateTimeField(
        _("Eksemplarer holdt til"), null=True, blank=True, editable=False
    )
    address_mail_sent_at = models.DateTimeField(
        _("Mail om bekræftelse af adressen sendt"), null=True, blank=True, editable=False
    )
    confirmation_sent_at = models.DateTimeField(
        _("Bekræftelse sendt"), null=True, blank=True, editable=False
    )
    shipped_notice_sent_at = models.DateTimeField(
        _("Besked om afsendelse sendt"), null=True, blank=True, editable=False
    )

    objects = OrderQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Bestilling")
        verbose_name_plural = _("Bestillinger")

    def __str__(self):
        return f"{self.quantity} × {self.publication.title} til {self.organisation}"

    def clean(self):
        if self.shipped_at and self.is_pending:
            raise ValidationError(
                {
                    "shipped_at": _(
                        "Bestillingen er ikke bekræftet af bestilleren og kan ikke sendes."
                    )
                }
            )

    @property
    def delivery_address(self):
        return f"{self.address}, {self.postcode} {self.city}"

    @staticmethod
    def live(now):
        """Orders that count (for stock and the monthly caps): confirmed, or holding copies
        for an address not yet confirmed."""
        return Q(confirmed_at__isnull=False) | Q(held_until__gt=now)

    @property
    def is_pending(self):
        return self.confirmed_at is None

    @property
    def status(self):
        if self.is_pending:
            return _("Afventer bekræftelse af e-mailadressen")
        return _("Afsendt") if self.shipped_at else _("Afventer")
