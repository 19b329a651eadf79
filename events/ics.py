"""The .ics file for one event (RFC 5545), so it lands in the reader's own calendar."""

from datetime import UTC
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from lederweb.seo import absolute_url


def event_uid(event):
    return f"arrangement-{event.pk}@{urlsplit(settings.SITE_URL).hostname}"


def location(event):
    return ", ".join(part for part in (event.venue_name, event.venue_address) if part)


def description(event, url):
    return "\n\n".join(part for part in (event.introduction, f"Læs mere: {url}") if part)


def event_calendar(event):
    url = absolute_url(event)
    entry = Event()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", timezone.now().astimezone(UTC))
    entry.add("dtstart", event.start.astimezone(UTC))
    entry.add("dtend", event.end.astimezone(UTC))
    entry.add("summary", event.title)
    entry.add("location", location(event))
    entry.add("url", url)
    entry.add("description", description(event, url))
    entry.add("last-modified", (event.last_published_at or timezone.now()).astimezone(UTC))
    calendar = Calendar()
    calendar.add("prodid", "-//Væksthus for Ledelse//Lederweb//DA")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(entry)
    return calendar.to_ical()
