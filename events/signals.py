from django.dispatch import receiver
from wagtail.signals import page_published

from events.models import EventPage
from events.registration import fill_free_places


@receiver(page_published, sender=EventPage)
def move_waiting_list_up(sender, instance, **kwargs):
    """A larger capacity, once published, gives places to those on the waiting list."""
    fill_free_places(instance.pk)
