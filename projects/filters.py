"""The article list's filter form (lederweb/filters.py holds what every listing shares)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lederweb.filters import INVALID_CHOICE, ThemeFilterForm, year_field
from lederweb.restrictions import public_pages
from projects.models import ArticlePage, ProjectPage


class ProjectChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class ArticleFilterForm(ThemeFilterForm):
    projekt = ProjectChoiceField(
        label=_("Projekt"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("Alle projekter"),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    aar = year_field()
    field_order = ["vaeksthus", "projekt", "tema", "aar"]

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["projekt"].queryset = public_pages(ProjectPage.objects.live()).order_by("title")
        years = public_pages(ArticlePage.objects.live()).dates("date", "year", order="DESC")
        self.fields["aar"].choices = [("", _("Alle år")), *((d.year, d.year) for d in years)]

    def filter(self, queryset):
        queryset = super().filter(queryset)
        data = self.valid_data
        if data.get("projekt"):
            queryset = queryset.filter(project=data["projekt"])
        if data.get("aar"):
            queryset = queryset.filter(date__year=data["aar"])
        return queryset
