import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from events.dates import moment_label, period_label
from events.tokens import TOKEN_PATTERN
from lederweb.blocks import BodyBlock
from lederweb.models import BasePage, MarkedPage
from lederweb.pagination import paginate
from lederweb.restrictions import public_pages
from lederweb.structured_data import common, organization, postal_address
from projects.fields import project_link

PAST_EVENTS_PER_PAGE = 10
# An article links to its project's past events only if held this close to its date.
LINKED_EVENT_DAYS = 30
DUPLICATE_MESSAGE = _(
    "Der er allerede en tilmelding til dette arrangement med denne e-mailadresse. "
    "Du kan ikke tilmelde dig to gange."
)


class EventIndexPage(BasePage):
    """/arrangementer/: upcoming events first (soonest first), then past ones (newest first)."""

    parent_page_types = ["lederweb.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("Oversigt over arrangementer")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = public_pages(EventPage.objects.child_of(self).live()).for_listing()
        context["upcoming_events"] = events.upcoming(now)
        context["past_events"] = paginate(request, events.past(now), PAST_EVENTS_PER_PAGE)
        return context


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now):
        """Events not yet over, soonest first (an event under way is still upcoming)."""
        return self.filter(end__gte=now).order_by("start", "pk")

    def past(self, now):
        return self.filter(end__lt=now).order_by("-start", "-pk")

    def for_listing(self):
        taken = Registration.takes_a_place(timezone.now(), "registrations__")
        return self.annotate(taken_total=Count("registrations", filter=taken)).prefetch_related(
            "vaeksthuse"
        )


class EventPage(RoutablePageMixin, MarkedPage):
    start = models.DateTimeField(_("Starter"))
    end = models.DateTimeField(_("Slutter"))
    venue_name = models.CharField(_("Sted"), max_length=200)
    venue_address = models.CharField(_("Adresse"), max_length=255, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Beskrivelse"))
    capacity = models.PositiveIntegerField(
        _("Antal pladser"),
        null=True,
        blank=True,
        help_text=_("Lad feltet stå tomt, hvis der ikke er tilmelding på siden."),
    )
    registration_deadline = models.DateTimeField(
        _("Tilmeldingsfrist"),
        null=True,
        blank=True,
        help_text=_("Tom: tilmeldingen er åben, indtil arrangementet begynder."),
    )
    project = project_link()
    report = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("Referat"),
        help_text=_("Vises på siden, når arrangementet er afholdt."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    search_fields = [
        *MarkedPage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("report"),
    ]
    content_panels = [
        *MarkedPage.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tidspunkt")),
        MultiFieldPanel([FieldPanel("venue_name"), FieldPanel("venue_address")], heading=_("Sted")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("registration_deadline")],
            heading=_("Tilmelding"),
        ),
        FieldPanel("project"),
        FieldPanel("report"),
        *MarkedPage.marking_panels,
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "pages/event_page.html"
    listing_date_field = "start"

    class Meta:
        verbose_name = _("Arrangement")
        verbose_name_plural = _("Arrangementer")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Arrangementet skal slutte, efter det begynder.")})
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            raise ValidationError(
                {"registration_deadline": _("Fristen skal ligge, før arrangementet slutter.")}
            )

    @classmethod
    def beside_article(cls, events, article):
        """The project's events an article links to: those still to come, and the one it
        announces or reports on (begun within LINKED_EVENT_DAYS of the article's date)."""
        near = datetime.timedelta(days=LINKED_EVENT_DAYS)
        around = Q(start__date__range=(article.date - near, article.date + near))
        return events.filter(Q(end__gte=timezone.now()) | around)

    @property
    def period_label(self):
        return period_label(self.start, self.end)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def takes_registrations(self):
        return self.capacity is not None

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.start

    @property
    def deadline_label(self):
        return moment_label(self.registration_closes_at)

    def registration_is_open(self, now=None):
        return self.takes_registrations and (now or timezone.now()) < self.registration_closes_at

    @cached_property
    def taken_count(self):
        """Places taken: confirmed ones and those held for an address not yet confirmed."""
        annotated = getattr(self, "taken_total", None)
        if annotated is not None:
            return annotated
        return self.registrations.filter(Registration.takes_a_place(timezone.now())).count()

    @property
    def free_places(self):
        return max((self.capacity or 0) - self.taken_count, 0)

    @property
    def registration_status_label(self):
        """What a list of events says about signing up: places left, waiting list or closed."""
        if not self.takes_registrations or self.is_past:
            return ""
        if not self.registration_is_open():
            return _("Tilmeldingen er lukket")
        if self.free_places == 0:
            return _("Fuldt booket – tilmelding til venteliste")
        if self.free_places == 1:
            return _("1 ledig plads")
        return _("%(count)s ledige pladser") % {"count": self.free_places}

    @property
    def closed_message(self):
        if not self.takes_registrations:
            return _("Der er ikke tilmelding til dette arrangement her på siden.")
        if self.is_past:
            return _("Arrangementet er afholdt, så tilmeldingen er lukket.")
        return _("Tilmeldingen er lukket. Fristen var %(deadline)s.") % {
            "deadline": self.deadline_label
        }

    def structured_data(self, request):
        event = common(
            self,
            request,
            "Event",
            startDate=timezone.localtime(self.start),
            endDate=timezone.localtime(self.end),
            eventStatus="https://schema.org/EventScheduled",
            eventAttendanceMode="https://schema.org/OfflineEventAttendanceMode",
            location={
                "@type": "Place",
                "name": self.venue_name,
                "address": postal_address(self.venue_address or self.venue_name),
            },
            organizer=organization(request),
        )
        return [*super().structured_data(request), event]

    def subpage_url(self, request, name, *args):
        return (self.get_url(request) or "") + self.reverse_subpage(name, args=args)

    def get_context(self, request, *args, **kwargs):
        from events.forms import RegistrationForm  # exception E1

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("registration_form", RegistrationForm())
        context["registration_url"] = self.subpage_url(request, "registration")
        context["calendar_url"] = self.subpage_url(request, "calendar").rstrip("/")
        context["hold_minutes"] = settings.EVENTS_PENDING_HOLD_MINUTES
        return context

    # Served at …/kalender.ics (lederweb.restrictions.serve_file_route adds the slash).
    @path("kalender.ics/", name="calendar")
    def calendar_route(self, request):
        from events.views import calendar_file  # exception E1

        return calendar_file(request, self)

    @path("tilmeld/", name="registration")
    def registration_route(self, request):
        from events.views import register  # exception E1

        return register(request, self)

    @re_path(r"^tilmeldt/(bekraeftet|venteliste|afventer)/$", name="registered")
    def registered_route(self, request, outcome):
        return self.render(request, context_overrides={"registered": outcome})

    @re_path(rf"^afmeld/({TOKEN_PATTERN})/$", name="cancel")
    def cancel_route(self, request, token):
        from events.views import cancel  # exception E1

        return cancel(request, self, token)

    @re_path(rf"^bekraeft/({TOKEN_PATTERN})/$", name="confirm")
    def confirm_route(self, request, token):
        from events.views import confirm  # exception E1

        return confirm(request, self, token)


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Afventer bekræftelse af e-mailadressen")
        CONFIRMED = "confirmed", _("Tilmeldt")
        WAITING = "waiting", _("Venteliste")
        CANCELLED = "cancelled", _("Afmeldt")

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("Arrangement"),
    )
    name = models.CharField(_("Navn"), max_length=200)
    organisation = models.CharField(_("Organisation"), max_length=200)
    email = models.EmailField(_("E-mail"))
    note = models.TextField(_("Bemærkning"), blank=True, max_length=2000)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("Tilmeldingstidspunkt"), auto_now_add=True)
    # Until when a registration whose address is not yet confirmed holds a place (empty when
    # the event was full: it then joins the waiting list once confirmed).
    held_until = models.DateTimeField(_("Plads holdt til"), null=True, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(_("Bekræftelse sendt"), null=True, blank=True)
    # The status the last mail told the participant about: a move from the waiting list to a
    # place gets its own mail, and a repeated task sends nothing twice.
    notified_status = models.CharField(max_length=20, blank=True, editable=False)

    # Sign-ups are not content: Wagtail's usage index of pages need not track them.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Tilmelding")
        verbose_name_plural = _("Tilmeldinger")
        indexes = [models.Index(fields=["event", "status"])]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                F("event"),
                condition=~Q(status="cancelled"),
                name="events_registration_unique_email",
                violation_error_message=DUPLICATE_MESSAGE,
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.email})"

    @staticmethod
    def takes_a_place(now, prefix=""):
        """Confirmed, or held for an address not yet confirmed."""
        return Q(**{f"{prefix}status": Registration.Status.CONFIRMED}) | Q(
            **{f"{prefix}status": Registration.Status.PENDING, f"{prefix}held_until__gt": now}
        )

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED
