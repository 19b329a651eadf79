from django import forms

from lederweb.forms import PublicFormMixin


class ContactForm(PublicFormMixin, forms.Form):
    name = forms.CharField()
    message = forms.CharField(widget=forms.Textarea)


def test_single_line_fields_lose_their_line_breaks():
    form = ContactForm({"name": "Eve\r\nBcc: victim@example.org", "message": "Hej\r\nmed dig"})

    assert form.is_valid()
    assert form.cleaned_data["name"] == "Eve Bcc: victim@example.org"
    assert form.cleaned_data["message"] == "Hej\r\nmed dig"


class NumberForm(PublicFormMixin, forms.Form):
    postcode = forms.CharField(max_length=4)
    quantity = forms.IntegerField()


def test_unicode_digits_become_ascii_before_validation():
    form = NumberForm({"postcode": "²³⁰⁰", "quantity": "٣"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"postcode": "2300", "quantity": 3}
    arabic = NumberForm({"postcode": "٢٣٠٠", "quantity": "３"})
    assert arabic.is_valid()
    assert arabic.cleaned_data == {"postcode": "2300", "quantity": 3}


def test_text_is_stored_in_composed_form():
    form = ContactForm({"name": "A\u030angstrøm", "message": "ok"})  # A + combining ring

    assert form.is_valid()
    assert form.cleaned_data["name"] == "Ångstrøm"


def test_a_nul_byte_gets_a_danish_error_in_any_field():
    for field, data in [
        ("name", {"name": "Eve\x00", "message": "Hej"}),
        ("message", {"name": "Eve", "message": "Hej\x00med dig"}),
    ]:
        form = ContactForm(data)
        assert not form.is_valid()
        assert form.errors[field] == ["Feltet indeholder et ugyldigt tegn (NUL). Fjern det."]
    form = NumberForm({"postcode": "2300", "quantity": "3\x00"})
    assert form.errors == {"quantity": ["Feltet indeholder et ugyldigt tegn (NUL). Fjern det."]}


class ChoiceForm(PublicFormMixin, forms.Form):
    name = forms.CharField(max_length=10)
    note = forms.CharField(widget=forms.Textarea, max_length=20)
    token = forms.CharField(widget=forms.HiddenInput)
    colour = forms.ChoiceField(choices=[("roed", "Rød")])


def test_a_value_over_its_field_is_shown_back_cut_to_the_field():
    form = ChoiceForm({"name": "å" * 5000, "note": "ø" * 5000, "token": "x" * 5000})

    assert not form.is_valid()
    html = str(form)
    assert "å" * 10 in html and "å" * 11 not in html
    assert "ø" * 20 in html and "ø" * 21 not in html
    assert "x" * 200 in html and "x" * 201 not in html  # no max_length: SHOWN_LIMIT
    assert form.errors["name"] == ["Denne værdi må højst have 10 tegn (den har 5000)."]


def test_no_error_message_repeats_what_was_sent():
    form = ChoiceForm({"name": "a", "note": "b", "token": "c", "colour": "z" * 5000})

    assert form.errors["colour"] == ["Vælg en af mulighederne på listen."]
