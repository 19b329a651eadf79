"""Bounces and complaints reported by the mail provider (django-anymail's tracking webhooks,
authenticated as anymail does): a hard bounce or rejection flags the address bounced, a
complaint or an unsubscribe at the provider withdraws the consent as our own link does."""

import logging

from anymail.signals import EventType, tracking
from django.dispatch import receiver

from newsletter import subscriptions
from newsletter.models import Subscriber

logger = logging.getLogger(__name__)

BOUNCES = {EventType.BOUNCED, EventType.REJECTED}
WITHDRAWALS = {EventType.COMPLAINED, EventType.UNSUBSCRIBED}


@receiver(tracking, dispatch_uid="newsletter-tracking")
def handle_tracking_event(sender, event, esp_name, **kwargs):
    if event.event_type not in BOUNCES | WITHDRAWALS or not event.recipient:
        return
    subscriber = Subscriber.objects.with_address(event.recipient).first()
    if subscriber is None:
        return
    if event.event_type in WITHDRAWALS:
        subscriptions.unsubscribe(subscriber.token)
    elif subscriber.status in {Subscriber.Status.ACTIVE, Subscriber.Status.PENDING}:
        Subscriber.objects.filter(pk=subscriber.pk).update(status=Subscriber.Status.BOUNCED)
    logger.info("%s meldte %s for abonnent %s", esp_name, event.event_type, subscriber.pk)
