from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from lederweb.cache import fragment
from lederweb.filters import BOARD, INVALID_CHOICE, MarkingFilterForm, year_field
from sitesearch import kinds
from sitesearch.models import SearchDocument

MAX_QUERY_CHARS = 200
FILTERS = ("type", "vaeksthus", "aar")


def indexed_years():
    """The years the index has pages from, newest first; kept with the site generation, as the
    index only changes when pages are published."""

    def years():
        query = SearchDocument.objects.exclude(year=None).order_by("-year").values_list("year")
        return [year for (year,) in query.distinct()]

    return fragment("search-years", years)


class SearchForm(MarkingFilterForm):
    """The search page's GET form: the words, and the filters that narrow them, all in the
    address. A bad filter value drops only that filter (MarkingFilterForm.valid_data)."""

    q = forms.CharField(
        label=_("Søg efter"),
        required=False,
        widget=forms.SearchInput(
            attrs={
                "autocomplete": "off",
                "enterkeyhint": "search",
                "data-suggest-url": reverse_lazy("sitesearch:suggest"),
            }
        ),
    )
    type = forms.ChoiceField(
        label=_("Type"), required=False, error_messages={"invalid_choice": INVALID_CHOICE}
    )
    aar = year_field()
    field_order = ["q", "type", "vaeksthus", "aar"]

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["type"].choices = [("", _("Alle typer")), *kinds.choices()]
        self.fields["aar"].choices = [("", _("Alle år")), *((y, y) for y in indexed_years())]

    def clean_q(self):
        # Spaces collapsed, and long pastes cut: the words, not the whitespace, are searched.
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_CHARS]

    @property
    def query(self):
        return self.valid_data.get("q", "")

    @property
    def is_filtered(self):
        return any(name in self.valid_data for name in FILTERS)

    @property
    def filter_count(self):
        return sum(name in self.valid_data for name in FILTERS)

    @property
    def filter_fields(self):
        return [self[name] for name in FILTERS]

    def filter(self, documents):
        data = self.valid_data
        marking = data.get("vaeksthus")
        if marking == BOARD:
            documents = documents.filter(board=True)
        elif marking:
            documents = documents.filter(vaeksthuse__contains=[int(marking)])
        if data.get("type"):
            documents = documents.filter(kind=data["type"])
        if data.get("aar"):
            documents = documents.filter(year=data["aar"])
        return documents
