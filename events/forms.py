from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import Registration
from lederweb.forms import PublicFormMixin


class RegistrationForm(PublicFormMixin, forms.ModelForm):
    """Signing up for an event from its page."""

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
