"""Subscribers at any moment, from their own confirm and unsubscribe times (newsletter/history.py),
and the demo history behind the status note's 21.000 and 23.000."""

import datetime as dt

import pytest
from django.utils import timezone

from newsletter.history import subscribers_at
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def at(*args):
    return timezone.make_aware(dt.datetime(*args))


def test_a_subscriber_counts_from_confirming_until_unsubscribing(django_assert_num_queries):
    Subscriber.objects.create(email="a@kommune.dk", status="active", confirmed_at=at(2013, 1, 5))
    Subscriber.objects.create(
        status="unsubscribed", confirmed_at=at(2012, 6, 1), unsubscribed_at=at(2013, 3, 1)
    )
    Subscriber.objects.create(email="b@kommune.dk", status="pending")  # never confirmed
    moments = [at(2012, 1, 1), at(2012, 10, 1), at(2013, 2, 1), at(2013, 3, 1), at(2013, 10, 1)]
    with django_assert_num_queries(1):
        assert subscribers_at(*moments) == [0, 1, 2, 1, 1]
    assert subscribers_at() == []


def test_the_demo_history_gives_the_status_notes_figures_and_nobody_to_send_to(demo_content):
    october_2012, october_2013 = subscribers_at(at(2012, 10, 1), at(2013, 10, 1))
    assert 20_500 <= october_2012 <= 21_500  # "ca. 21.000 abonnenter i 2012"
    assert 23_000 < october_2013 <= 23_500  # "over 23.000 abonnenter i 2013"
    assert 1_800 <= october_2013 - october_2012 <= 2_200  # "ca. 2.000 flere"
    history = Subscriber.objects.filter(email_hash__isnull=False, email__isnull=True)
    assert not history.filter(status=Subscriber.Status.ACTIVE).exists()
    assert not Subscriber.objects.receiving().filter(confirmed_at__lt=at(2013, 10, 1)).exists()
