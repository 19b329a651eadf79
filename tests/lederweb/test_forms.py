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
