from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyReads(models.Model):
    """How many times a page was read on one day (Europe/Copenhagen). Nothing about who read
    it: the visitor is only ever a short-lived hash in Redis, never stored here."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="daily_reads",
        verbose_name=_("Side"),
    )
    day = models.DateField(_("Dag"))
    reads = models.PositiveIntegerField(_("Læsninger"), default=0)

    class Meta:
        verbose_name = _("Læsninger pr. dag")
        verbose_name_plural = _("Læsninger pr. dag")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="stats_dailyreads_page_day")
        ]
        # "Mest læste" sums the last 30 days per page from the index alone.
        indexes = [
            models.Index(fields=["day", "page"], include=["reads"], name="stats_dailyreads_recent")
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.reads}"


class RolledUpBatch(models.Model):
    """A batch of Redis counters already added to DailyReads, so that a roll-up interrupted
    between committing and deleting the batch never adds it twice."""

    token = models.CharField(max_length=64, unique=True)
    applied_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Overført optælling")
        verbose_name_plural = _("Overførte optællinger")

    def __str__(self):
        return self.token
