from django import template
from django.utils import timezone

from events.models import EventPage
from lederweb.restrictions import public_pages

register = template.Library()


@register.simple_tag
def upcoming_events(limit=3):
    """The next events anyone may see, soonest first, for the front page:
    {% upcoming_events 3 as events %} (two queries, whatever the limit)."""
    events = public_pages(EventPage.objects.live()).for_listing()
    return events.upcoming(timezone.now())[:limit]
