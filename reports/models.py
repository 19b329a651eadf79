"""What the site cannot count itself, entered by editors: followers on the social media on a
date, media mentions, how many came to an event, and the status note's free text for a year."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

NOTE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class FollowerCount(models.Model):
    """Followers of one of Lederweb's profiles as counted on a date (the figure the medium
    shows); the report takes the latest count on or before each date it compares."""

    class Channel(models.TextChoices):
        FACEBOOK = "facebook", _("Facebook")
        TWITTER = "twitter", _("Twitter/X")
        LINKEDIN = "linkedin", _("LinkedIn")

    channel = models.CharField(_("Medie"), max_length=20, choices=Channel.choices)
    date = models.DateField(_("Optalt den"))
    followers = models.PositiveIntegerField(_("Følgere"))

    panels = [FieldRowPanel([FieldPanel("channel"), FieldPanel("date"), FieldPanel("followers")])]

    class Meta:
        ordering = ["-date", "channel"]
        verbose_name = _("Antal følgere")
        verbose_name_plural = _("Følgere på sociale medier")
        constraints = [
            models.UniqueConstraint(fields=["channel", "date"], name="reports_follower_day")
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.date:%d.%m.%Y}: {self.followers}"


class MediaMention(models.Model):
    medium = models.CharField(_("Medie"), max_length=120, help_text=_("Fx »Ugebrevet A4«."))
    date = models.DateField(_("Dato"))
    title = models.CharField(_("Overskrift"), max_length=300)
    url = models.URLField(_("Link"), blank=True, max_length=500)

    panels = [FieldRowPanel([FieldPanel("medium"), FieldPanel("date")]), "title", "url"]

    class Meta:
        ordering = ["-date", "medium"]
        verbose_name = _("Omtale i medierne")
        verbose_name_plural = _("Omtaler i medierne")

    def __str__(self):
        return f"{self.medium}, {self.date:%d.%m.%Y}: {self.title}"


class EventAttendance(models.Model):
    """How many came to an event, counted by the editors after it; the registrations the site
    counts itself (events.Registration)."""

    event = models.OneToOneField(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="attendance",
        verbose_name=_("Arrangement"),
    )
    attended = models.PositiveIntegerField(_("Fremmødte"))

    panels = ["event", "attended"]

    class Meta:
        verbose_name = _("Fremmøde")
        verbose_name_plural = _("Fremmøde til arrangementer")

    def __str__(self):
        return f"{self.event}: {self.attended}"


class StatusNote(models.Model):
    """The free text of the year's status note; every figure in it is computed
    (reports/status.py)."""

    year = models.PositiveSmallIntegerField(_("År"), unique=True)
    introduction = RichTextField(_("Indledning"), features=NOTE_FEATURES)
    highlights = RichTextField(
        _("Øvrige hovedresultater"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("Punkter ud over de tal, som notatet selv regner ud."),
    )
    network = RichTextField(
        _("Netværk og møder"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("Netværksorganisationen og årets møder."),
    )
    communication = RichTextField(
        _("Formidling og synliggørelse"), blank=True, features=NOTE_FEATURES
    )
    focus_areas = RichTextField(_("Årets fokusområder"), blank=True, features=NOTE_FEATURES)
    next_focus_areas = RichTextField(
        _("Fokusområder for næste år"), blank=True, features=NOTE_FEATURES
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("Statusnotat")
        verbose_name_plural = _("Statusnotater")

    def __str__(self):
        return _("Statusnotat %(year)s") % {"year": self.year}


@register_setting(icon="table")
class StatisticsSettings(BaseGenericSetting):
    summary_email = models.EmailField(
        _("Ugentlig statistik sendes til"),
        blank=True,
        help_text=_("Sidste uges nøgletal sendes hver mandag. Tom: ingen mail."),
    )

    class Meta:
        verbose_name = _("Statistik")


class WeeklySummary(models.Model):
    """One row a week whose summary was sent (or is being sent): a repeated task, a second
    worker or beat catching up sends each week once."""

    week_start = models.DateField(unique=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    recipient = models.EmailField(blank=True)

    class Meta:
        verbose_name = _("Ugentlig statistikmail")
        verbose_name_plural = _("Ugentlige statistikmails")

    def __str__(self):
        return f"{self.week_start:%d.%m.%Y}"
