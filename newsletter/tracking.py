"""Bounces and complaints reported by the mail provider (django-anymail's tracking webhook,
secured in newsletter/webhooks.py). Each is kept as a ProviderEvent. A hard bounce or
rejection flags the address bounced; a complaint or an unsubscribe at the provider stops all
mail to the address. Neither erases anything: one report is not the subscriber's own word,
so the address and the consent history stay as proof."""

import logging

from anymail.signals import EventType, tracking
from django.db import transaction
from django.dispatch import receiver

from newsletter.models import ProviderEvent, Subscriber

logger = logging.getLogger(__name__)

NEW_STATUS = {
    EventType.BOUNCED: Subscriber.Status.BOUNCED,
    EventType.REJECTED: Subscriber.Status.BOUNCED,
    EventType.COMPLAINED: Subscriber.Status.STOPPED,
    EventType.UNSUBSCRIBED: Subscriber.Status.STOPPED,
}
# Only a subscriber who is (about to be) mailed can be stopped; an unsubscribed one stays so.
STOPPABLE = {Subscriber.Status.ACTIVE, Subscriber.Status.PENDING, Subscriber.Status.BOUNCED}


def _payload(esp_event):
    return esp_event if isinstance(esp_event, dict | list) else None


@receiver(tracking, dispatch_uid="newsletter-tracking")
@transaction.atomic
def handle_tracking_event(sender, event, esp_name, **kwargs):
    status = NEW_STATUS.get(event.event_type)
    if status is None or not event.recipient:
        return
    subscriber = Subscriber.objects.select_for_update().with_address(event.recipient).first()
    if subscriber is None:
        return
    ProviderEvent.objects.create(
        subscriber=subscriber,
        esp_name=esp_name,
        event_type=event.event_type,
        event_id=event.event_id or "",
        recipient=subscriber.email,
        description=event.description or event.mta_response or "",
        occurred_at=event.timestamp,
        payload=_payload(event.esp_event),
    )
    if subscriber.status in STOPPABLE and subscriber.status != status:
        subscriber.status = status
        subscriber.save(update_fields=["status"])
    logger.info("%s meldte %s for abonnent %s", esp_name, event.event_type, subscriber.pk)
