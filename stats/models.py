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


class DailyTraffic(models.Model):
    """The whole site's traffic on one day; or, for history imported from the former analytics
    tool by the month (`import_visits`), a whole month's, on the month's first day with `days`
    the month's length. Counted rows have days == 1. `visitors` is the day's distinct visitors
    (None when the source did not say); there is no identity across days, by design."""

    day = models.DateField(_("Dag"), unique=True)
    days = models.PositiveSmallIntegerField(_("Antal dage"), default=1)
    page_views = models.PositiveIntegerField(_("Sidevisninger"), default=0)
    visits = models.PositiveIntegerField(_("Besøg"), default=0)
    visitors = models.PositiveIntegerField(_("Besøgende"), null=True, blank=True)
    imported = models.BooleanField(_("Importeret"), default=False)

    class Meta:
        verbose_name = _("Trafik pr. dag")
        verbose_name_plural = _("Trafik pr. dag")

    def __str__(self):
        return f"{self.day} ({self.days} d.): {self.visits}"


class DailyPageViews(models.Model):
    """How many times a public page was viewed on one day."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Side")
    )
    day = models.DateField(_("Dag"))
    views = models.PositiveIntegerField(_("Visninger"), default=0)

    class Meta:
        verbose_name = _("Sidevisninger pr. dag")
        verbose_name_plural = _("Sidevisninger pr. dag")
        constraints = [
            models.UniqueConstraint(fields=["day", "page"], name="stats_dailypageviews_day_page")
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class DailyVisitsBy(models.Model):
    """Visits on one day by one of their traits (`trait`: the fields that name it)."""

    day = models.DateField(_("Dag"))
    visits = models.PositiveIntegerField(_("Besøg"), default=0)
    trait = ()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.day} {'/'.join(getattr(self, name) for name in self.trait)}: {self.visits}"


class DailyReferrers(DailyVisitsBy):
    """Visits that came from another site, by that site's domain only (no path, no query)."""

    domain = models.CharField(_("Domæne"), max_length=255)
    trait = ("domain",)

    class Meta:
        verbose_name = _("Henvisninger pr. dag")
        verbose_name_plural = _("Henvisninger pr. dag")
        constraints = [
            models.UniqueConstraint(fields=["day", "domain"], name="stats_dailyreferrers_day")
        ]


class DailyCampaigns(DailyVisitsBy):
    """Visits that arrived on a link tagged utm_source/utm_campaign (the newsletter's links)."""

    source = models.CharField(_("Kilde"), max_length=100)
    campaign = models.CharField(_("Kampagne"), max_length=100, blank=True)
    trait = ("source", "campaign")

    class Meta:
        verbose_name = _("Kampagnebesøg pr. dag")
        verbose_name_plural = _("Kampagnebesøg pr. dag")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "source", "campaign"], name="stats_dailycampaigns_day"
            )
        ]


class Device(models.TextChoices):
    PHONE = "phone", _("Mobil")
    TABLET = "tablet", _("Tablet")
    DESKTOP = "desktop", _("Computer")


class DailyDevices(DailyVisitsBy):
    """Visits by device class; only the class is kept, never the user agent."""

    device = models.CharField(_("Enhed"), max_length=10, choices=Device.choices)
    trait = ("device",)

    class Meta:
        verbose_name = _("Enheder pr. dag")
        verbose_name_plural = _("Enheder pr. dag")
        constraints = [
            models.UniqueConstraint(fields=["day", "device"], name="stats_dailydevices_day")
        ]


class DailyDownloads(models.Model):
    """Downloads of a document (a publication's PDF or any other) on one day."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Dokument"),
    )
    day = models.DateField(_("Dag"))
    downloads = models.PositiveIntegerField(_("Hentninger"), default=0)

    class Meta:
        verbose_name = _("Hentninger pr. dag")
        verbose_name_plural = _("Hentninger pr. dag")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "document"], name="stats_dailydownloads_day_document"
            )
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.downloads}"


class DailyChapters(models.Model):
    """Chapters of a publication's reading edition read on one day (`page` the publication)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Side")
    )
    chapter = models.PositiveSmallIntegerField(_("Kapitel"))
    day = models.DateField(_("Dag"))
    reads = models.PositiveIntegerField(_("Læsninger"), default=0)

    class Meta:
        verbose_name = _("Læste kapitler pr. dag")
        verbose_name_plural = _("Læste kapitler pr. dag")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "chapter"], name="stats_dailychapters_day_page"
            )
        ]

    def __str__(self):
        return f"{self.page_id}/{self.chapter} {self.day}: {self.reads}"


class DailySearches(models.Model):
    """Searches on /soeg/ on one day by their normalised query text (stats.counting
    .normalise_query), how often, and how many results the last of them found."""

    day = models.DateField(_("Dag"))
    query = models.CharField(_("Søgning"), max_length=100)
    searches = models.PositiveIntegerField(_("Søgninger"), default=0)
    results = models.PositiveIntegerField(_("Resultater"), default=0)

    class Meta:
        verbose_name = _("Søgninger pr. dag")
        verbose_name_plural = _("Søgninger pr. dag")
        constraints = [
            models.UniqueConstraint(fields=["day", "query"], name="stats_dailysearches_day_query")
        ]

    def __str__(self):
        return f"{self.day} {self.query!r}: {self.searches}"


class MonthlyRows(models.Model):
    """The daily rows of a kind summed by the month (`month` its first day), so that a long
    period reads twelve rows where it would read 365. stats/monthly.py computes a month's row
    from its daily rows in the roll-up's transaction, never by adding to it: it cannot drift
    from them or count a batch twice."""

    month = models.DateField(_("Måned"))

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.month:%Y-%m}"


class MonthlyPageViews(MonthlyRows):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Side")
    )
    views = models.PositiveIntegerField(_("Visninger"), default=0)

    class Meta:
        verbose_name = _("Sidevisninger pr. måned")
        verbose_name_plural = _("Sidevisninger pr. måned")
        constraints = [
            models.UniqueConstraint(fields=["month", "page"], name="stats_monthlypageviews_key")
        ]


class MonthlyReferrers(MonthlyRows):
    domain = models.CharField(_("Domæne"), max_length=255)
    visits = models.PositiveIntegerField(_("Besøg"), default=0)

    class Meta:
        verbose_name = _("Henvisninger pr. måned")
        verbose_name_plural = _("Henvisninger pr. måned")
        constraints = [
            models.UniqueConstraint(fields=["month", "domain"], name="stats_monthlyreferrers_key")
        ]


class MonthlyCampaigns(MonthlyRows):
    source = models.CharField(_("Kilde"), max_length=100)
    campaign = models.CharField(_("Kampagne"), max_length=100, blank=True)
    visits = models.PositiveIntegerField(_("Besøg"), default=0)

    class Meta:
        verbose_name = _("Kampagnebesøg pr. måned")
        verbose_name_plural = _("Kampagnebesøg pr. måned")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "source", "campaign"], name="stats_monthlycampaigns_key"
            )
        ]


class MonthlyDownloads(MonthlyRows):
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Dokument"),
    )
    downloads = models.PositiveIntegerField(_("Hentninger"), default=0)

    class Meta:
        verbose_name = _("Hentninger pr. måned")
        verbose_name_plural = _("Hentninger pr. måned")
        constraints = [
            models.UniqueConstraint(fields=["month", "document"], name="stats_monthlydownloads_key")
        ]


class MonthlySearches(MonthlyRows):
    """`empty_searches` the searches made on the days the query found nothing (the daily row's
    results 0); `results` what it found on `last_day`, the month's latest day with it."""

    query = models.CharField(_("Søgning"), max_length=100)
    searches = models.PositiveIntegerField(_("Søgninger"), default=0)
    empty_searches = models.PositiveIntegerField(_("Søgninger uden resultat"), default=0)
    results = models.PositiveIntegerField(_("Resultater"), default=0)
    last_day = models.DateField(_("Seneste dag"))

    class Meta:
        verbose_name = _("Søgninger pr. måned")
        verbose_name_plural = _("Søgninger pr. måned")
        constraints = [
            models.UniqueConstraint(fields=["month", "query"], name="stats_monthlysearches_key")
        ]
