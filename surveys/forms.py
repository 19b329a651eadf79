"""The form of one page of a survey, made by Wagtail's form builder with a field maker per
question kind (a matrix makes one field per statement), and the limits on what is accepted."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from lederweb.forms import PublicFormMixin
from surveys.models import Kind

TEXT_LIMIT = 255
LONGTEXT_LIMIT = 4000
NUMBER_LIMIT = 1_000_000

CHOOSE_ONE = _("Vælg et svar.")
CHOOSE_SOME = _("Vælg mindst ét svar.")
WRITE_TEXT = _("Skriv et svar.")
WRITE_NUMBER = _("Skriv et tal.")
TOO_LONG = _("Svaret er for langt: højst %(limit_value)d tegn (det har %(show_value)d).")
NOT_A_NUMBER = _("Skriv et helt tal, fx 12.")
NUMBER_RANGE = _("Skriv et tal mellem 0 og %(limit_value)s.")


class SurveyStepForm(PublicFormMixin, BaseForm):
    # The honeypot: people never see or reach it, form-filling robots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Lad dette felt være tomt"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self):
        return bool(str(self.data.get("website", "")).strip())

    def answers(self):
        """The cleaned answers by key, as stored: strings, lists of strings, whole numbers."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name != "website" and value not in ("", None, [])
        }


class ChoicesField(forms.MultipleChoiceField):
    """Several choices, each offered answer kept once and in the order offered, however often
    a (forged) post repeats it."""

    def clean(self, value):
        chosen = set(super().clean(value))
        return [option for option, _label in self.choices if option in chosen]


class SurveyFormBuilder(FormBuilder):
    """Wagtail's builder with a field maker per question kind."""

    def get_field_options(self, field):
        return {"label": field.text, "help_text": field.help, "required": field.required}

    @property
    def formfields(self):
        fields = {}
        for question in self.fields:
            if question.field_type == Kind.SECTION:
                continue
            if question.field_type == Kind.MATRIX:
                for column in question.columns():
                    options = self.get_field_options(question)
                    options.update(label=column.statement, help_text="")
                    fields[column.key] = self._radio(question, options, _scale_choices(question))
                continue
            make = self.get_create_field_function(question.field_type)
            fields[question.clean_name] = make(question, self.get_field_options(question))
        return fields

    def get_form_class(self):
        return type("SurveyForm", (SurveyStepForm,), self.formfields)

    def _radio(self, question, options, choices):
        field = forms.ChoiceField(
            choices=choices,
            widget=forms.RadioSelect,
            error_messages={"required": CHOOSE_ONE},
            **options,
        )
        field.question = question
        return field

    def create_single_field(self, question, options):
        return self._radio(question, options, [(o, o) for o in question.options()])

    create_background_field = create_single_field

    def create_scale_field(self, question, options):
        return self._radio(question, options, _scale_choices(question))

    def create_multiple_field(self, question, options):
        field = ChoicesField(
            choices=[(o, o) for o in question.options()],
            widget=forms.CheckboxSelectMultiple,
            error_messages={"required": CHOOSE_SOME},
            **options,
        )
        field.question = question
        return field

    def create_number_field(self, question, options):
        field = forms.IntegerField(
            min_value=0,
            max_value=NUMBER_LIMIT,
            error_messages={
                "required": WRITE_NUMBER,
                "invalid": NOT_A_NUMBER,
                "min_value": NUMBER_RANGE % {"limit_value": NUMBER_LIMIT},
                "max_value": NUMBER_RANGE,
            },
            widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            **options,
        )
        field.question = question
        return field

    def _text(self, question, options, limit, widget):
        field = forms.CharField(
            max_length=limit,
            widget=widget,
            error_messages={"required": WRITE_TEXT, "max_length": TOO_LONG},
            **options,
        )
        field.question = question
        return field

    def create_text_field(self, question, options):
        return self._text(question, options, TEXT_LIMIT, forms.TextInput)

    def create_longtext_field(self, question, options):
        return self._text(question, options, LONGTEXT_LIMIT, forms.Textarea(attrs={"rows": 5}))


def _scale_choices(question):
    labels = {"1": question.low_label, "5": question.high_label}
    return [
        (value, f"{value} – {labels[value]}" if labels.get(value) else value)
        for value in question.options()
    ]


def step_form_class(questions):
    return SurveyFormBuilder(questions).get_form_class()
