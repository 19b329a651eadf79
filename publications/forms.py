from django import forms
from django.utils.translation import gettext_lazy as _

from lederweb.forms import PublicFormMixin
from publications.models import Order

MAX_COPIES = 50
REQUIRED = {"required": _("Udfyld feltet.")}


POSTCODE_ERROR = _("Skriv et dansk postnummer med fire cifre, fx 2300.")
POSTCODE_LENGTH = Order._meta.get_field("postcode").max_length


def validate_danish_postcode(value):
    """Danish postcodes run from 0800 to 9990; we ship to Denmark only. A longer value is the
    field's max_length error, in the same words, so it is said once."""
    if len(value) > POSTCODE_LENGTH:
        return
    if not (
        len(value) == POSTCODE_LENGTH
        and value.isascii()
        and value.isdigit()
        and 800 <= int(value) <= 9990
    ):
        raise forms.ValidationError(POSTCODE_ERROR, code="postcode")


class OrderForm(PublicFormMixin, forms.ModelForm):
    """Free printed copies, sent to Danish addresses only."""

    postcode = forms.CharField(
        label=_("Postnummer"),
        max_length=POSTCODE_LENGTH,
        validators=[validate_danish_postcode],
        error_messages={**REQUIRED, "max_length": POSTCODE_ERROR},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    quantity = forms.IntegerField(
        label=_("Antal eksemplarer"),
        min_value=1,
        initial=1,
        help_text=_("1–50 eksemplarer. Skal du bruge flere, så skriv til sekretariatet."),
        error_messages={
            **REQUIRED,
            "invalid": _("Skriv antallet som et tal, fx 5."),
            "min_value": _("Bestil mindst 1 eksemplar."),
        },
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_COPIES, "inputmode": "numeric"}),
    )

    class Meta:
        model = Order
        fields = ["name", "organisation", "address", "postcode", "city", "email", "quantity"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "address": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        labels = {"address": _("Adresse (vej og nummer)")}
        help_texts = {
            "address": _("Vi sender kun til adresser i Danmark."),
            "email": _("Vi sender en bekræftelse hertil."),
        }
        error_messages = {
            "name": REQUIRED,
            "organisation": REQUIRED,
            "address": REQUIRED,
            "city": REQUIRED,
            "email": {
                **REQUIRED,
                "invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk."),
            },
        }

    def __init__(self, *args, secretariat_email="", **kwargs):
        super().__init__(*args, **kwargs)
        self.secretariat_email = secretariat_email

    def clean_quantity(self):
        quantity = self.cleaned_data["quantity"]
        if quantity > MAX_COPIES:
            raise forms.ValidationError(self.over_limit_message(), code="over_limit")
        return quantity

    def over_limit_message(self):
        where = f" på {self.secretariat_email}" if self.secretariat_email else ""
        return _(
            "Du kan bestille højst %(max)s eksemplarer her. Skal du bruge flere, så skriv "
            "til sekretariatet%(where)s."
        ) % {"max": MAX_COPIES, "where": where}
