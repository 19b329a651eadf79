"""Subscribers made straight in the served demo site's own database."""

from tests.support import run_in_site

# Already marked sent, so that no task goes to a worker (which would look for them in the
# test database).
MAKE_SUBSCRIBERS = """
import json
from django.utils import timezone
from lederweb.models import SectionPage
from newsletter.links import preferences_key
from newsletter.models import ConfirmationRequest, Consent, Subscriber

def subscriber(email, status):
    subscriber = Subscriber.objects.create(email=email, status=status)
    subscriber.sections.set(SectionPage.objects.all())
    consent = Consent.objects.create(subscriber=subscriber, text="x", version="1", source="footer")
    request = ConfirmationRequest.objects.create(
        subscriber=subscriber, consent=consent, sent_at=timezone.now()
    )
    return {
        "token": subscriber.token,
        "confirm": request.token,
        "preferences": preferences_key(subscriber),
    }

print(json.dumps({
    "pending": subscriber(f"{PREFIX}-venter@kommune.dk", "pending"),
    "leaving": subscriber(f"{PREFIX}-afmelder@kommune.dk", "active"),
    "staying": subscriber(f"{PREFIX}-bliver@kommune.dk", "active"),
}))
"""


def make_site_subscribers(site, prefix):
    """A pending, a leaving and a staying subscriber whose addresses start with `prefix`:
    their tokens and the pending one's confirmation token."""
    return run_in_site(site, f"PREFIX = {prefix!r}\n{MAKE_SUBSCRIBERS}")
