from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.snippets.models import register_snippet


@register_snippet
class Contact(models.Model):
    """A person readers can contact; reused across projects and as article authors."""

    name = models.CharField(_("Navn"), max_length=200)
    role = models.CharField(_("Stilling"), max_length=200, blank=True)
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kontaktperson")
        verbose_name_plural = _("Kontaktpersoner")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


class ProjectContact(Orderable):
    page = ParentalKey("projects.ProjectPage", related_name="contacts", on_delete=models.CASCADE)
    contact = models.ForeignKey(
        Contact, on_delete=models.CASCADE, related_name="+", verbose_name=_("Kontaktperson")
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("Kontaktperson")
        verbose_name_plural = _("Kontaktpersoner")


class ProjectPartner(Orderable):
    page = ParentalKey("projects.ProjectPage", related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("Organisation"), max_length=200)
    url = models.URLField(_("Hjemmeside"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("Partnerorganisation")
        verbose_name_plural = _("Partnerorganisationer")

    def __str__(self):
        return self.name
