"""A survey is a page of questions (Wagtail's form builder), split into sections; an answer
is a form submission that keeps the answers and the device class only. An invitation is a
personal link: whether it was used is kept on the invitation, and nothing joins it to the
answer (no key, no time of use)."""

import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.fields import RichTextField
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult

from lederweb.forms import PageForm
from lederweb.models import BasePage
from lederweb.text import danish_slugify
from surveys.devices import DESKTOP, LABELS

SCALE = [str(value) for value in range(1, 6)]


def answer_key(label):
    """An answer's key from its question: "Hvor praksisnære?" → "hvor_praksisnaere"."""
    return danish_slugify(label).replace("-", "_")[:60]


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class Kind(models.TextChoices):
    SECTION = "section", _("Nyt afsnit (ny side)")
    SINGLE = "single", _("Ét valg")
    MULTIPLE = "multiple", _("Flere valg")
    SCALE = "scale", _("Skala 1-5")
    MATRIX = "matrix", _("Matrix: udsagn på en skala 1-5")
    NUMBER = "number", _("Tal")
    TEXT = "text", _("Kort tekst")
    LONGTEXT = "longtext", _("Lang tekst")
    BACKGROUND = "background", _("Baggrundsspørgsmål")


CHOICE_KINDS = {Kind.SINGLE, Kind.MULTIPLE, Kind.SCALE, Kind.MATRIX, Kind.BACKGROUND}
SCALE_KINDS = {Kind.SCALE, Kind.MATRIX}
TEXT_KINDS = {Kind.TEXT, Kind.LONGTEXT}


@register_snippet
class BackgroundQuestion(models.Model):
    """A question the secretariat asks in many surveys (role, sector, municipality or region):
    its key is the same in every survey, so results can be split by it."""

    key = models.SlugField(
        _("Nøgle"), max_length=60, unique=True, help_text=_("Kort navn i eksporter, fx rolle.")
    )
    label = models.CharField(_("Spørgsmål"), max_length=255)
    help_text = models.CharField(_("Hjælpetekst"), max_length=255, blank=True)
    choices = models.TextField(_("Svarmuligheder"), help_text=_("Én svarmulighed pr. linje."))

    panels = [
        FieldPanel("label"),
        FieldPanel("key"),
        FieldPanel("help_text"),
        FieldPanel("choices"),
    ]

    class Meta:
        verbose_name = _("Baggrundsspørgsmål")
        verbose_name_plural = _("Baggrundsspørgsmål")
        ordering = ["label"]

    def __str__(self):
        return self.label


CLOSES_BEFORE_OPENING = _("Undersøgelsen skal lukke efter, at den åbner.")
KIND_FIXED_BY_ANSWERS = _(
    "Spørgsmålet har allerede svar, så dets slags kan ikke ændres: svarene ville ikke længere "
    "passe til det. Tilføj i stedet et nyt spørgsmål, og slet eller behold det gamle."
)
DUPLICATE_QUESTION = _(
    "To spørgsmål får samme navn (»{name}«), så deres svar ville blandes. Omformulér det ene."
)


class SurveyPageForm(PageForm):
    """The page form's slug and menu checks, and no two questions with one answer key."""

    def clean(self):
        cleaned_data = super().clean()
        seen = set()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            form.is_valid()
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or data.get("field_type") == Kind.SECTION:
                continue
            background = data.get("background")
            name = form.instance.clean_name or (
                background.key
                if data.get("field_type") == Kind.BACKGROUND and background
                else answer_key(data.get("label") or "")
            )
            if name in seen:
                form.add_error("label", format_lazy(DUPLICATE_QUESTION, name=name))
            seen.add(name)
        return cleaned_data


class SurveyPage(FormMixin, BasePage):
    """A survey: its questions (sections make pages), when it is open and what answerers are
    thanked with. Served by surveys/views.py."""

    opens_at = models.DateTimeField(_("Åbner"), null=True, blank=True)
    closes_at = models.DateTimeField(_("Lukker"), null=True, blank=True)
    thank_you_text = RichTextField(_("Tak-tekst"), blank=True, features=["bold", "italic", "link"])

    template = "pages/survey_page.html"
    landing_page_template = "pages/survey_page_thanks.html"
    base_form_class = SurveyPageForm
    parent_page_types = ["lederweb.StandardPage", "lederweb.HomePage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        InlinePanel("form_fields", label=_("Spørgsmål")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("Åben for svar"),
        ),
        FieldPanel("thank_you_text"),
    ]

    class Meta:
        verbose_name = _("Spørgeundersøgelse")
        verbose_name_plural = _("Spørgeundersøgelser")

    def get_submission_class(self):
        return SurveyResponse

    def get_form_fields(self):
        # Once per page instance, with the background questions: one query, not one each.
        if not hasattr(self, "_questions"):
            self._questions = list(self.form_fields.all().select_related("background"))
        return self._questions

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": CLOSES_BEFORE_OPENING})

    def answer_state(self, now=None):
        """ "open", "not_yet" or "closed"."""
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return "not_yet"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "open"

    def questions(self):
        return [q for q in self.get_form_fields() if q.field_type != Kind.SECTION]

    def steps(self):
        """The pages of the survey: (section title, [questions]); empty sections are dropped."""
        steps = [["", []]]
        for question in self.get_form_fields():
            if question.field_type == Kind.SECTION:
                steps.append([question.label, []])
            else:
                steps[-1][1].append(question)
        return [(title, questions) for title, questions in steps if questions] or [("", [])]

    def columns(self):
        """Every answer's key in question order (a matrix gives one per statement)."""
        return [column for question in self.questions() for column in question.columns()]

    def route(self, request, path_components):
        # <survey>/<token>/: a personal link.
        if len(path_components) == 1 and self.live:
            return RouteResult(self, kwargs={"token": path_components[0]})
        return super().route(request, path_components)

    def personal_url(self, token):
        return f"{self.full_url}{token}/"

    def serve(self, request, *args, token=None, **kwargs):
        from surveys.views import answer  # exception E1

        return answer(request, self, token)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.serve(request)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    question: "SurveyQuestion"
    statement: str = ""

    @property
    def kind(self):
        return self.question.field_type


class SurveyQuestion(AbstractFormField):
    page = ParentalKey(SurveyPage, on_delete=models.CASCADE, related_name="form_fields")
    label = models.CharField(
        _("Spørgsmål"),
        max_length=255,
        blank=True,
        help_text=_("Spørgsmålet, eller afsnittets overskrift. Tomt: baggrundsspørgsmålets."),
    )
    field_type = models.CharField(_("Slags"), max_length=16, choices=Kind.choices)
    field_type.required_on_save = True
    background = models.ForeignKey(
        BackgroundQuestion,
        verbose_name=_("Baggrundsspørgsmål"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    low_label = models.CharField(_("Skalaens laveste ende (1)"), max_length=60, blank=True)
    high_label = models.CharField(_("Skalaens højeste ende (5)"), max_length=60, blank=True)

    panels = [
        FieldPanel("field_type", required_on_save=True),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel(
            "choices",
            help_text=_("Én pr. linje: svarmulighederne, eller matrixens udsagn."),
        ),
        FieldPanel("background"),
        FieldRowPanel([FieldPanel("low_label"), FieldPanel("high_label")]),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("Spørgsmål")
        verbose_name_plural = _("Spørgsmål")

    def __str__(self):
        return self.text

    @property
    def text(self):
        if not self.label and self.background_id:
            return self.background.label
        return self.label

    @property
    def help(self):
        if not self.help_text and self.background_id:
            return self.background.help_text
        return self.help_text

    def clean(self):
        super().clean()
        # Answers already given keep the kind they were given for: a number read as a scale,
        # or a text as a choice, would give results that no longer add up.
        if self.pk and self.page_id:
            before = SurveyQuestion.objects.filter(pk=self.pk).values_list("field_type", flat=True)
            changed = before.first() not in (None, self.field_type)
            if changed and SurveyResponse.objects.filter(page_id=self.page_id).exists():
                raise ValidationError({"field_type": KIND_FIXED_BY_ANSWERS})

    def get_field_clean_name(self):
        if self.field_type == Kind.BACKGROUND and self.background_id:
            return self.background.key
        return answer_key(self.label) or f"spoergsmaal_{self.sort_order}"

    def options(self):
        """The answers offered, as stored."""
        if self.field_type in SCALE_KINDS:
            return SCALE
        if self.field_type == Kind.BACKGROUND and self.background_id:
            return split_lines(self.background.choices)
        return split_lines(self.choices)

    def statements(self):
        return split_lines(self.choices) if self.field_type == Kind.MATRIX else []

    def columns(self):
        if self.field_type == Kind.MATRIX:
            return [
                Column(f"{self.clean_name}__{n}", f"{self.text}: {statement}", self, statement)
                for n, statement in enumerate(self.statements(), start=1)
            ]
        return [Column(self.clean_name, self.text, self)]


class SurveyResponse(AbstractFormSubmission):
    """One answer: the answers by key, when, and the device class. Nothing else of the
    answerer (no address, agent, cookie, user or invitation)."""

    class Device(models.TextChoices):
        PHONE = "telefon", LABELS["telefon"]
        TABLET = "tablet", LABELS["tablet"]
        DESKTOP = DESKTOP, LABELS[DESKTOP]

    device = models.CharField(_("Enhed"), max_length=10, choices=Device.choices)

    class Meta:
        verbose_name = _("Svar")
        verbose_name_plural = _("Svar")
        indexes = [models.Index(fields=["page", "submit_time"], name="surveys_response_page_time")]


def new_token():
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """A personal link to a survey. `used` says only that it was used: not when, not which
    answer; its draft answers are deleted when the answer is stored."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Venter")
        SENDING = "sending", _("Sendes")
        SENT = "sent", _("Sendt")
        FAILED = "failed", _("Fejlet")

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("E-mail"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reminder = models.CharField(max_length=10, choices=Status.choices, blank=True, default="")
    error = models.CharField(max_length=300, blank=True, default="")
    used = models.BooleanField(_("Besvaret"), default=False)
    draft = models.JSONField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # When a worker last claimed it to send (the invitation or the reminder): a row still
    # `sending` long after belongs to a worker that died (surveys/invitations.py sweep).
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Invitation")
        verbose_name_plural = _("Invitationer")
        constraints = [
            models.UniqueConstraint(
                "survey", Lower("email"), name="surveys_invitation_one_per_address"
            )
        ]

    def __str__(self):
        return self.email


class TalliedKey(models.Model):
    """What is tallied of one answer key of a survey (surveys/tally.py): whether each value
    given is counted (choices, scales, background questions), whether numbers are summed for
    the mean (numbers, scales) and whether results can be split by it (one choice, background).
    Every key's answers are counted."""

    # The unique constraints below start with the survey: no index of its own.
    survey = models.ForeignKey(
        SurveyPage, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    key = models.CharField(max_length=80)
    counted = models.BooleanField(default=False)
    summed = models.BooleanField(default=False)
    split = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint("survey", "key", name="surveys_talliedkey_once")]

    def __str__(self):
        return self.key


class SurveyTally(models.Model):
    """Running totals of a survey's answers per day (site time zone), kept by PostgreSQL
    triggers in the transaction that stores, changes or deletes answers (surveys/tally.py).
    `split` is "" (not split), "enhed" (the device) or a key; `group_value` the split's value
    ("" when not split or not answered); `key` "" for the answers themselves, else an answer
    key; `value` "" for "answered at all" (with the sum and count of numbers), else a value
    given."""

    survey = models.ForeignKey(
        SurveyPage, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    split = models.CharField(max_length=80)
    day = models.DateField()
    group_value = models.TextField()
    key = models.CharField(max_length=80)
    value = models.TextField()
    answers = models.BigIntegerField(default=0)
    numbers = models.BigIntegerField(default=0)
    total = models.DecimalField(max_digits=30, decimal_places=6, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                "survey", "split", "day", "group_value", "key", "value", name="surveys_tally_once"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.split}={self.group_value} {self.key}={self.value}: {self.answers}"
