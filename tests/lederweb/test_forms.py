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
