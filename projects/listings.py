"""Querysets for the lists of articles and projects, with everything a card shows fetched up
front (lederweb/listings.py)."""

from django.db.models import BooleanField, ExpressionWrapper, F, Q

from lederweb.listings import with_images, with_markings
from lederweb.restrictions import restricted


def article_cards(queryset):
    # The project's name only when anyone may see the project (lederweb/restrictions.py).
    shown = Q(project__live=True) & ~restricted(via="project__")
    queryset = queryset.select_related("project").annotate(
        project_is_public=ExpressionWrapper(shown, output_field=BooleanField())
    )
    return with_images(with_markings(queryset)).order_by("-date", "-pk")


def project_cards(queryset):
    return with_markings(queryset).order_by(F("start_date").desc(nulls_last=True), "title")
