"""Theme pages: /temaer/ lists the themes, /temaer/<slug>/ everything marked with one (every
page type with MarkedPage's `themes`: articles, publications, projects, events), newest
first, in a fixed number of queries."""

from collections import namedtuple
from functools import cache, reduce
from operator import or_

from django.db import models
from django.db.models import F, Func, Q, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils.formats import date_format
from wagtail.models import Page, get_page_models

from lederweb.models import MarkedPage, ThemeIndexPage
from lederweb.restrictions import public_pages

# `machine_date` is for <time datetime>: "2013-01-11", or "2012" for a year.
ThemedPage = namedtuple("ThemedPage", "page kind date_label machine_date lead")


@cache
def themed_models():
    """Every page model marked with themes; a new one is found without registering it."""
    return [model for model in get_page_models() if issubclass(model, MarkedPage)]


def _date_of(model):
    """The model's `listing_date_field` (a date, a date-time or a year) as a date, seen from
    the base Page (through the one-to-one join to the model's own table)."""
    name = model.listing_date_field
    field = model._meta.get_field(name)
    value = F(f"{model._meta.model_name}__{name}")
    if isinstance(field, models.DateTimeField):
        return TruncDate(value)
    if isinstance(field, models.DateField):
        return value
    return Func(value, Value(1), Value(1), function="make_date", output_field=models.DateField())


def themed_pages(theme):
    """Live pages marked with `theme`, newest first, as base Page rows carrying the date and
    lead of their own type (`listing_date`, `listing_lead`)."""
    found = themed_models()
    chosen = [Q(pk__in=model.objects.filter(themes=theme).values("pk")) for model in found]
    dates = [_date_of(model) for model in found if model.listing_date_field]
    leads = [F(f"{model._meta.model_name}__introduction") for model in found]
    return (
        public_pages(Page.objects.live())
        .filter(reduce(or_, chosen))
        .annotate(
            listing_date=Coalesce(
                *dates, TruncDate("first_published_at"), output_field=models.DateField()
            ),
            listing_lead=Coalesce(*leads, Value(""), output_field=models.TextField()),
        )
        .order_by(F("listing_date").desc(nulls_last=True), "-pk")
    )


def describe(pages):
    """What a theme page shows of each page: its kind ("Artikel"), date and lead."""
    described = []
    for page in pages:
        model = page.specific_class
        field = model.listing_date_field
        by_year = field and not isinstance(model._meta.get_field(field), models.DateField)
        date, label, machine = page.listing_date, "", ""
        if date is not None:
            label = str(date.year) if by_year else date_format(date, "j. F Y")
            machine = str(date.year) if by_year else date.isoformat()
        kind = model._meta.verbose_name
        described.append(ThemedPage(page, kind, label, machine, page.listing_lead))
    return described


def with_urls(themes, request=None):
    """The themes (a queryset), each with `url`: its page under the live theme index, or None
    without one. The index is found in the same query as the themes."""
    index = ThemeIndexPage.objects.live().order_by("path").values("url_path")[:1]
    themes = list(themes.annotate(index_path=Subquery(index)))
    for theme in themes:
        base = Page(url_path=theme.index_path).get_url(request) if theme.index_path else None
        theme.url = f"{base}{theme.slug}/" if base else None
    return themes
