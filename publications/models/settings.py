from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class OrderSettings(BaseSiteSetting):
    """What the secretariat promises the people who order printed copies."""

    delivery_time = models.CharField(
        _("Forventet leveringstid"),
        max_length=100,
        default="3–5 hverdage",
        help_text=_("Står i bestillingsbekræftelsen, fx »3–5 hverdage«."),
    )

    class Meta:
        verbose_name = _("Bestillinger af publikationer")
