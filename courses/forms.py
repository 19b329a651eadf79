from django import forms
from django.utils.translation import gettext_lazy as _

from lederweb.forms import INVALID_CHOICE, PublicFormMixin

EXERCISE_MAX_LENGTH = 8000
EMAIL_ERRORS = {
    "required": _("Skriv din e-mailadresse."),
    "invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk."),
}


class SignUpForm(PublicFormMixin, forms.Form):
    """A plain form, not the model's: a known address is no error (its owner gets a link,
    and nobody learns that the address is known)."""

    name = forms.CharField(
        label=_("Navn"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Skriv dit navn.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "required": _("Skriv, hvilken kommune, region eller organisation du kommer fra.")
        },
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)
    course = forms.IntegerField(required=False, widget=forms.HiddenInput)


class LinkRequestForm(PublicFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        error_messages=EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class ExerciseForm(PublicFormMixin, forms.Form):
    # Shown back in full on an error (the body limit caps it): nothing written is lost.
    bound_field_class = forms.BoundField
    text = forms.CharField(
        label=_("Dit svar"),
        max_length=EXERCISE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Kun du kan se det, du skriver her."),
        error_messages={
            "required": _("Skriv dit svar, før du gemmer."),
            "max_length": _("Svaret må højst være %(limit_value)d tegn."),
        },
    )


class QuizForm(PublicFormMixin, forms.Form):
    """One field per question, named by the question's block id: radio buttons where one
    answer is right, check boxes where several are."""

    def __init__(self, lesson, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for block in lesson.questions():
            answers = block.value["answers"]
            choices = [(str(i), answer["text"]) for i, answer in enumerate(answers)]
            several = sum(1 for answer in answers if answer["correct"]) > 1
            field_class = forms.MultipleChoiceField if several else forms.ChoiceField
            widget = forms.CheckboxSelectMultiple if several else forms.RadioSelect
            self.fields[f"q-{block.id}"] = field_class(
                label=block.value["question"],
                choices=choices,
                widget=widget,
                help_text=_("Vælg et eller flere svar.") if several else _("Vælg ét svar."),
                # Made after PublicFormMixin's __init__, which holds the rest to INVALID_CHOICE:
                # Django's own message repeats what was sent.
                error_messages={
                    "required": _("Vælg et svar på spørgsmålet."),
                    "invalid_choice": INVALID_CHOICE,
                },
            )

    def chosen(self):
        """Each question's block id with the answer indexes picked."""
        chosen = {}
        for name, value in self.cleaned_data.items():
            values = value if isinstance(value, list) else [value]
            chosen[name.removeprefix("q-")] = {int(v) for v in values}
        return chosen


class GroupForm(PublicFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Gruppens navn"),
        max_length=120,
        error_messages={"required": _("Giv gruppen et navn.")},
    )


class InviteForm(PublicFormMixin, forms.Form):
    emails = forms.CharField(
        label=_("Kollegers e-mailadresser"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Én adresse pr. linje, højst 20."),
        error_messages={"required": _("Skriv mindst én e-mailadresse.")},
    )

    def clean_emails(self):
        field = forms.EmailField()
        addresses = [line.strip() for line in self.cleaned_data["emails"].split() if line.strip()]
        if len(addresses) > 20:
            raise forms.ValidationError(_("Du kan højst invitere 20 ad gangen."))
        bad = []
        for address in addresses:
            try:
                field.clean(address)
            except forms.ValidationError:
                bad.append(address[:100])
        if bad:
            raise forms.ValidationError(
                _("Disse adresser er ikke gyldige: %(bad)s") % {"bad": ", ".join(bad)}
            )
        return sorted(set(addresses))
