"""The GET filter forms of the listings: every filter lives in the URL, so a filtered list can
be shared, bookmarked and reached again with the back button, with or without JavaScript.
MarkingFilterForm is the base every listing's form builds on."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lederweb.forms import INVALID_CHOICE, ShownValueBoundField
from lederweb.models import SectionPage, Theme
from lederweb.restrictions import public_pages

BOARD = "bestyrelsen"


def section_choices():
    sections = public_pages(SectionPage.objects.live()).order_by("number")
    sections = sections.values_list("number", "audience")
    return [(str(number), f"Væksthus {number} – {audience}") for number, audience in sections]


def year_field():
    """ "År": the choices (the years there is something from) are set by the form."""
    return forms.TypedChoiceField(
        label=_("År"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )


class MarkingFilterForm(forms.Form):
    """Filter by Væksthus (section number) or the board: the pages' markings."""

    bound_field_class = ShownValueBoundField  # a pasted novel is not shown back in full

    vaeksthus = forms.ChoiceField(
        label=_("Væksthus"), required=False, error_messages={"invalid_choice": INVALID_CHOICE}
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["vaeksthus"].choices = [
            ("", _("Alle væksthuse")),
            *section_choices(),
            (BOARD, _("Bestyrelsen")),
        ]

    @property
    def valid_data(self):
        """The filters that passed validation; a bad value drops only its own filter."""
        self.is_valid()  # Django marks the fields in error (aria-invalid, aria-describedby)
        return {key: value for key, value in self.cleaned_data.items() if value}

    def filter(self, queryset):
        marking = self.valid_data.get("vaeksthus")
        if marking == BOARD:
            return queryset.filter(board=True)
        if marking:
            return queryset.filter(vaeksthuse__number=int(marking))
        return queryset

    @property
    def is_filtered(self):
        return bool(self.valid_data)


class ThemeFilterForm(MarkingFilterForm):
    """Væksthus and theme: the publications' filters, and the first of the articles'."""

    tema = forms.ModelChoiceField(
        label=_("Tema"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("Alle temaer"),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["tema"].queryset = Theme.objects.all()

    def filter(self, queryset):
        queryset = super().filter(queryset)
        if theme := self.valid_data.get("tema"):
            queryset = queryset.filter(themes=theme)
        return queryset
