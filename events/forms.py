from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import Registration
from lederweb.forms import PublicFormMixin, ShownValueBoundField


class DescribedBoundField(ShownValueBoundField):
    """Ties a field's help text and error message to its input (aria-describedby), so a
    screen reader reads them with the field."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = [f"{self.auto_id}_helptext"] if self.help_text else []
        if self.errors:
            described_by.append(f"{self.auto_id}_fejl")
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class RegistrationForm(PublicFormMixin, forms.ModelForm):
    """Signing up for an event from its page."""

    bound_field_class = DescribedBoundField

    class Meta:
        model = Registration
        fields = ["name", "organisation", "email", "note"]
        labels = {"note": _("Bemærkning (valgfri)")}
        help_texts = {"note": _("Fx kost, tilgængelighed eller spørgsmål til arrangørerne.")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "name": {"required": _("Skriv dit navn.")},
            "organisation": {
                "required": _("Skriv, hvilken kommune, region eller organisation du kommer fra.")
            },
            "email": {
                "required": _("Skriv din e-mailadresse."),
                "invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk."),
            },
            "note": {"max_length": _("Bemærkningen må højst være %(limit_value)d tegn.")},
        }

    def clean_email(self):
        return self.cleaned_data["email"].strip()
