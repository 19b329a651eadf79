"""The public forms. Django ties help texts and errors to their inputs (aria-describedby
"<id>_helptext", "<id>_error"); the templates give the messages those ids."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lederweb.forms import PublicFormMixin
from lederweb.models import SectionPage
from lederweb.restrictions import public_pages
from newsletter.models import Consent, Subscriber, normalize_email

# The column is the one truth about how long an address may be.
EMAIL_MAX_LENGTH = Subscriber._meta.get_field("email").max_length


class SectionsField(forms.ModelMultipleChoiceField):
    """The Væksthus choice of the sign-up and preferences forms, with their one rule:
    choosing none means all three, and all three are what is saved. A restricted Væksthus is
    not offered (lederweb/restrictions.py)."""

    def __init__(self):
        super().__init__(
            queryset=public_pages(SectionPage.objects.live()).order_by("number"),
            widget=forms.CheckboxSelectMultiple,
            label=_("Væksthuse"),
            required=False,
            help_text=_(
                "Vælg de væksthuse, du vil have nyt fra. Vælger du ingen, får du alle tre."
            ),
        )

    def clean(self, value):
        return super().clean(value) or self.queryset


class SignupForm(PublicFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Din e-mailadresse"),
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            "required": _("Skriv din e-mailadresse."),
            "invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk."),
            "max_length": _(
                "Adressen er for lang: den må højst have %(limit_value)d tegn (den har "
                "%(show_value)d)."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    sections = SectionsField()
    source = forms.CharField(required=False, widget=forms.HiddenInput)
    # The honeypot: people never see or reach it, form-filling robots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Lad dette felt være tomt"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, source=Consent.Source.SIGNUP_PAGE, **kwargs):
        super().__init__(*args, initial={"source": source}, **kwargs)
        if not self.is_bound:
            # All three by default; lazy, so the footer form (no checkboxes) costs no query.
            self.initial["sections"] = self.fields["sections"].queryset

    def is_spam(self):
        return bool(self.data.get("website", "").strip())

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def clean_source(self):
        source = self.cleaned_data["source"]
        return source if source in Consent.Source.values else Consent.Source.SIGNUP_PAGE


class PreferencesLinkForm(PublicFormMixin, forms.Form):
    email = SignupForm.base_fields["email"]


class PreferencesForm(PublicFormMixin, forms.Form):
    sections = SectionsField()


class DeleteForm(PublicFormMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("Ja, slet alle mine oplysninger"),
        error_messages={"required": _("Sæt flueben, hvis du vil slette dine oplysninger.")},
    )
