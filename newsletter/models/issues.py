"""The weekly issue, its chosen items, one delivery row per (issue, subscriber), and the send
settings editors change without a deploy."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable, Page

from lederweb.restrictions import public_pages

ITEM_PAGE_TYPES = [
    "projects.ArticlePage",
    "publications.PublicationPage",
    "events.EventPage",
    "courses.CoursePage",
]


@register_setting(icon="mail")
class SendSettings(BaseGenericSetting):
    """One newsletter for the whole site, so one set of settings (not per Wagtail site)."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Mandag")
        TUESDAY = 1, _("Tirsdag")
        WEDNESDAY = 2, _("Onsdag")
        THURSDAY = 3, _("Torsdag")
        FRIDAY = 4, _("Fredag")
        SATURDAY = 5, _("Lørdag")
        SUNDAY = 6, _("Søndag")

    weekday = models.PositiveSmallIntegerField(
        _("Ugedag"), choices=Weekday.choices, default=Weekday.THURSDAY
    )
    send_time = models.TimeField(
        _("Klokkeslæt"), default=datetime.time(8, 0), help_text=_("Dansk tid.")
    )
    compose_days_before = models.PositiveSmallIntegerField(
        _("Sammensættes dage før"),
        default=1,
        help_text=_(
            "Så mange dage før udsendelsen sammensættes nyhedsbrevet som kladde, så "
            "redaktørerne kan se og rette det. 0: samme dag."
        ),
    )
    compose_time = models.TimeField(
        _("Sammensættes klokken"), default=datetime.time(12, 0), help_text=_("Dansk tid.")
    )
    rate_per_second = models.PositiveIntegerField(
        _("Mails pr. sekund"),
        default=200,
        help_text=_("Højst så mange mails i sekundet, for alle workers tilsammen."),
    )
    error_pause_percent = models.PositiveSmallIntegerField(
        _("Pause ved fejlprocent"),
        default=10,
        help_text=_("Udsendelsen sættes på pause, når så mange procent af mails bliver afvist."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("weekday"),
                FieldPanel("send_time"),
                FieldPanel("compose_days_before"),
                FieldPanel("compose_time"),
            ],
            heading=_("Ugentlig udsendelse"),
        ),
        MultiFieldPanel(
            [FieldPanel("rate_per_second"), FieldPanel("error_pause_percent")],
            heading=_("Afsendelse"),
        ),
    ]

    class Meta:
        verbose_name = _("Nyhedsbrevets udsendelse")


class Issue(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Kladde")
        SCHEDULED = "scheduled", _("Planlagt")
        SENDING = "sending", _("Sendes")
        PAUSED = "paused", _("På pause")
        SENT = "sent", _("Sendt")
        MISSED = "missed", _("Overskredet – afventer beslutning")
        DISCARDED = "discarded", _("Kasseret")

    subject = models.CharField(_("Emne"), max_length=200)
    intro = models.TextField(_("Indledning"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    scheduled_at = models.DateTimeField(_("Planlagt til"), null=True, blank=True)
    # The automatic issue's weekly slot (unique: beat composes each slot once) and the end of
    # the period its items were published in; the next issue starts where this one ended.
    slot = models.DateTimeField(null=True, blank=True, unique=True, editable=False)
    covers_until = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("Oprettet"), default=timezone.now, editable=False)
    started_at = models.DateTimeField(_("Startet"), null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("Færdig"), null=True, blank=True, editable=False)
    progress_at = models.DateTimeField(null=True, blank=True, editable=False)
    pause_reason = models.CharField(_("Årsag til pause"), max_length=400, blank=True)
    # The last error that stopped a whole chunk, and how many times in a row it came: the
    # same error again and again pauses the issue (newsletter/sending.py).
    last_error = models.CharField(_("Seneste fejl"), max_length=300, blank=True, editable=False)
    error_count = models.PositiveSmallIntegerField(default=0, editable=False)
    # When the editors were mailed about the issue composed ahead (at most once).
    editors_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("subject"),
        FieldPanel("intro"),
        FieldPanel("scheduled_at"),
        InlinePanel("items", heading=_("Indhold"), label=_("Punkt")),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Nyhedsbrev")
        verbose_name_plural = _("Nyhedsbreve")

    def __str__(self):
        return self.subject

    @property
    def message_id_domain(self):
        return settings.NEWSLETTER_MESSAGE_ID_DOMAIN


class IssueItem(Orderable):
    issue = ParentalKey(Issue, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Side")
    )

    panels = [PageChooserPanel("page", page_type=ITEM_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("Punkt")
        verbose_name_plural = _("Punkter")

    def __str__(self):
        return str(self.page)

    def clean(self):
        """Only a live page everyone may see: the issue goes to everyone (and a page that
        stops being so is left out when the issue is sent)."""
        public = public_pages(Page.objects.live().filter(pk=self.page_id))
        if self.page_id and not public.exists():
            raise ValidationError(
                {"page": _("Siden er ikke udgivet eller er beskyttet, så den kan ikke komme med.")}
            )


class Delivery(models.Model):
    """One subscriber's copy of one issue. Created in one set-based insert, claimed by chunk
    tasks under a row lock (see newsletter/sending.py)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Venter")
        SENDING = "sending", _("Sendes")
        SENT = "sent", _("Sendt")
        FAILED = "failed", _("Fejlet")
        SKIPPED = "skipped", _("Sprunget over (afmeldt)")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        "newsletter.Subscriber",
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("Abonnent"),
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("Forsøg"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("Sendt"), null=True, blank=True)
    error = models.CharField(_("Fejl"), max_length=300, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("Afsendelse")
        verbose_name_plural = _("Afsendelser")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="newsletter_delivery_once_per_issue"
            )
        ]
        indexes = [
            models.Index(
                fields=["issue", "id"],
                condition=models.Q(status__in=["pending", "sending"]),
                name="newsletter_delivery_open",
            ),
            models.Index(fields=["issue", "status"], name="newsletter_delivery_status"),
        ]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id}"
