import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_order_number():
    """Short enough to read aloud on the phone: eight random digits shown as 4821-0937."""
    number = secrets.randbelow(10**8)
    return f"{number // 10**4:04d}-{number % 10**4:04d}"


class Order(models.Model):
    """An order of free printed copies. Saved before anything else happens, so nothing a
    reader sent is lost; its copies are reserved until the secretariat ships it."""

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
    confirmation_sent_at = models.DateTimeField(
        _("Bekræftelse sendt"), null=True, blank=True, editable=False
    )
    shipped_notice_sent_at = models.DateTimeField(
        _("Besked om afsendelse sendt"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Bestilling")
        verbose_name_plural = _("Bestillinger")

    def __str__(self):
        return f"{self.quantity} × {self.publication.title} til {self.organisation}"

    @property
    def delivery_address(self):
        return f"{self.address}, {self.postcode} {self.city}"

    @property
    def status(self):
        return _("Afsendt") if self.shipped_at else _("Afventer")
