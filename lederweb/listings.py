"""What every list of cards shares: the prefetching that makes it cost the same few queries
whether it shows 3 items or 100 (lederweb/pagination.py pages it)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def with_images(queryset, field="image"):
    """The image and its stored renditions in two queries, whatever the list's length."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def with_markings(queryset):
    """The Væksthuse a marked page (lederweb.models.MarkedPage) carries, numbers only."""
    sections = queryset.model._meta.get_field("vaeksthuse").related_model.objects.only("number")
    return queryset.prefetch_related(Prefetch("vaeksthuse", queryset=sections))
