import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from lederweb.navigation import MENU_SIZE, menu_pages

MENU_FULL = _(
    "Topmenuen har plads til højst {size} punkter, og den er fuld: {titles}. Fjern »Vis i "
    "menuer« fra et af dem, før du sætter denne side i menuen."
)


class PageForm(WagtailAdminPageForm):
    """The admin form of every page type: it stops a seventh entry in the top menu."""

    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page
        if cleaned_data.get("show_in_menus") and parent is not None and parent.is_site_root():
            others = list(menu_pages(parent).exclude(pk=self.instance.pk))
            if len(others) >= MENU_SIZE:
                titles = ", ".join(f"»{page.title}«" for page in others)
                self.add_error(
                    "show_in_menus", format_lazy(MENU_FULL, size=MENU_SIZE, titles=titles)
                )
        return cleaned_data


LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")


class PublicFormMixin:
    """For every form the public fills in: single-line fields never carry a line break into
    what is stored or mailed ("Eve\\nBcc: …" becomes "Eve Bcc: …"), whatever the field."""

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            value = cleaned_data.get(name)
            if isinstance(value, str) and not isinstance(field.widget, forms.Textarea):
                cleaned_data[name] = LINE_BREAKS.sub(" ", value).strip()
        return cleaned_data
