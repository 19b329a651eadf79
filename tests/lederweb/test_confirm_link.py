"""lederweb.confirm_link, shared by event registrations and publication orders: a link signed
for one purpose opens nothing else, and beat releases every kind of hold each minute."""

import pytest
from django.conf import settings

from lederweb.confirm_link import make_token, object_for
from publications.models import Order
from tests.publications.factories import make_order, make_publication, publication_index


@pytest.mark.parametrize(
    "task", ["events.tasks.release_unconfirmed", "publications.tasks.release_unconfirmed"]
)
def test_beat_releases_holds_every_minute(task):
    entry = next(entry for entry in settings.CELERY_BEAT_SCHEDULE.values() if entry["task"] == task)
    assert entry["schedule"] <= 60


@pytest.mark.django_db
def test_a_token_opens_only_its_own_row_for_its_own_purpose():
    publication_index()
    publication = make_publication("Ledelse af frivillige", printed=[10])
    order, other = make_order(publication, 1), make_order(publication, 1)
    token = make_token(order, "confirm")

    assert object_for(Order.objects.all(), token, "confirm") == order
    assert object_for(Order.objects.all(), token, "cancel") is None
    assert object_for(Order.objects.exclude(pk=order.pk), token, "confirm") is None
    forged = f"{other.pk}-{token.partition('-')[2]}"
    assert object_for(Order.objects.all(), forged, "confirm") is None
    assert object_for(Order.objects.all(), "x-" + token, "confirm") is None
