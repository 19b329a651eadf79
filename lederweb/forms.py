import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from lederweb.navigation import MENU_SIZE, menu_pages
from lederweb.text import danish_slugify

MENU_FULL = _(
    "Topmenuen har plads til højst {size} punkter, og den er fuld: {titles}. Fjern »Vis i "
    "menuer« fra et af dem, før du sætter denne side i menuen."
)


SLUG_TAKEN = _(
    "Adressen »{slug}« bruges allerede af en anden side på samme sted. Giv siden en anden "
    "titel, eller skriv en anden adresse (slug) under »Fremhæv«."
)


class PageForm(WagtailAdminPageForm):
    """The admin form of every page type: it checks the slug the page will really get, and
    stops a seventh entry in the top menu."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False  # empty: made from the title, as the model does

    def clean_slug(self):
        # The model stores the slug transliterated (æ → ae, BasePage.full_clean) and makes an
        # empty one from the title; Wagtail's own check sees neither, and a clash found only
        # when the page is saved answers 500. So the same slug is checked here, in Danish.
        title = self.cleaned_data.get("title") or self.data.get("title", "")
        slug = danish_slugify(self.cleaned_data.get("slug") or title)
        if slug and self.parent_page is not None:
            siblings = self.parent_page.get_children().filter(slug=slug)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                raise ValidationError(format_lazy(SLUG_TAKEN, slug=slug))
        return self.cleaned_data.get("slug")

    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page
        if cleaned_data.get("show_in_menus") and parent is not None and parent.is_site_root():
            others = list(menu_pages(parent).exclude(pk=self.instance.pk))
            if len(others) >= MENU_SIZE:
                titles = ", ".join(f"»{page.title}«" for page in others)
                self.add_error(
                    "show_in_menus", format_lazy(MENU_FULL, size=MENU_SIZE, titles=titles)
                )
        return cleaned_data


# What a field without a max_length shows back of what was typed, at most.
SHOWN_LIMIT = 200
INVALID_CHOICE = _("Vælg en af mulighederne på listen.")
# Django's messages for these repeat the value sent ("Vælg et gyldigt valg. … er ikke …").
VALUE_ECHOING_ERRORS = ("invalid_choice", "invalid_pk_value")


def shown_limit(field):
    """The longest value a public form shows back in a field: its max_length (the column's),
    or SHOWN_LIMIT."""
    return getattr(field, "max_length", None) or SHOWN_LIMIT


class ShownValueBoundField(forms.BoundField):
    """A field re-rendered with its error shows at most shown_limit() of what was typed: a
    1 MB paste is answered with the error, not sent back in full."""

    def value(self):
        value = super().value()
        return value[: shown_limit(self.field)] if isinstance(value, str) else value


LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
DIGIT = re.compile(r"\d")  # any Unicode decimal digit: Arabic-Indic, full-width, …
NUL_ERROR = _("Feltet indeholder et ugyldigt tegn (NUL). Fjern det.")


def normalise_text(value):
    """NFKC, then ASCII digits: `²³⁰⁰`, `٢٣٠٠` and `２３００` all become `2300`, and a letter
    typed with a combining mark is stored as the one composed letter."""
    value = unicodedata.normalize("NFKC", value)
    return DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), value)


def normalised_data(data):
    """A copy of a form's submitted data (QueryDict or dict) with every string normalised."""
    if hasattr(data, "lists"):
        copy = data.copy()
        for key, values in data.lists():
            copy.setlist(key, [normalise_text(v) if isinstance(v, str) else v for v in values])
        return copy
    return {key: normalise_text(v) if isinstance(v, str) else v for key, v in data.items()}


class PublicFormMixin:
    """For every form the public fills in: what is typed is normalised before validation
    (NFKC and ASCII digits), a NUL byte gets a Danish error in any field, and single-line
    fields never carry a line break into what is stored or mailed ("Eve\\nBcc: …" becomes
    "Eve Bcc: …"), whatever the field. Nothing typed is shown back longer than its field
    allows, in the field or in an error message (ShownValueBoundField, VALUE_ECHOING_ERRORS)."""

    bound_field_class = ShownValueBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            for code in VALUE_ECHOING_ERRORS:
                if code in field.error_messages:
                    field.error_messages[code] = INVALID_CHOICE

    def full_clean(self):
        if self.is_bound:
            self.data = normalised_data(self.data)
        super().full_clean()
        if self.is_bound:
            for name in self.fields:
                if self._has_nul(name):
                    self._errors.pop(name, None)
                    self.add_error(name, ValidationError(NUL_ERROR, code="null_characters"))

    def _has_nul(self, name):
        key = self.add_prefix(name)
        values = self.data.getlist(key) if hasattr(self.data, "getlist") else [self.data.get(key)]
        return any(isinstance(value, str) and "\x00" in value for value in values)

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            value = cleaned_data.get(name)
            if isinstance(value, str) and not isinstance(field.widget, forms.Textarea):
                cleaned_data[name] = LINE_BREAKS.sub(" ", value).strip()
        return cleaned_data
