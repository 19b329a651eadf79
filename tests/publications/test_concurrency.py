import threading

from django.conf import settings
from django.db import connections
from django.test import Client

from publications.models import Order
from tests.publications.factories import make_order, make_publication
from tests.publications.test_order_form import VALID

PARALLEL_ORDERS = 10
REMAINING = 5


def at_the_same_moment(count, act):
    """`act(number)` in `count` threads released together; each thread has its own database
    connection, as each gunicorn worker or Celery process would. Their results."""
    start = threading.Barrier(count)
    results = [None] * count

    def run(number):
        try:
            start.wait()
            results[number] = act(number)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def order_at_the_same_moment(url, count):
    """`count` clients post one copy each, released together."""
    return at_the_same_moment(
        count,
        lambda number: Client().post(
            url, {**VALID, "quantity": "1"}, REMOTE_ADDR=f"10.200.0.{number}"
        ),
    )


def test_parallel_orders_for_the_last_copies_never_oversell(transactional_db, monkeypatch):
    from tests.publications.factories import publication_index

    publication_index()
    publication = make_publication("Ledelse af frivillige", printed=[100])
    make_order(publication, 100 - REMAINING, shipped=True)
    enqueued = []
    monkeypatch.setattr(
        "publications.ordering.queueing.enqueue", lambda task, order_id: enqueued.append(order_id)
    )

    responses = order_at_the_same_moment(publication.order_url, PARALLEL_ORDERS)

    accepted = [response for response in responses if response.status_code == 302]
    refused = [response for response in responses if response.status_code == 409]
    assert len(accepted) == REMAINING
    assert len(refused) == PARALLEL_ORDERS - REMAINING
    for response in refused:
        assert "Den trykte udgave er desværre udsolgt" in response.content.decode()
    new_orders = Order.objects.filter(shipped_at__isnull=True)
    assert new_orders.count() == REMAINING
    assert sorted(enqueued) == sorted(new_orders.values_list("pk", flat=True))
    assert publication.stock().available == 0


def test_sweeps_at_the_same_moment_release_each_unconfirmed_order_once(transactional_db):
    from datetime import timedelta

    from django.utils import timezone

    from publications.ordering import release_unconfirmed
    from tests.publications.factories import publication_index

    publication_index()
    publication = make_publication("Ledelse af frivillige", printed=[100])
    for number in range(PARALLEL_ORDERS):
        make_order(publication, 5, pending=True, email=f"opdigtet{number}@example.com")
    make_order(publication, 5)  # confirmed: stays
    after_the_hold = timezone.now() + timedelta(
        minutes=settings.PUBLICATIONS_PENDING_HOLD_MINUTES + 1
    )

    released = at_the_same_moment(3, lambda number: release_unconfirmed(now=after_the_hold))

    assert sum(released) == PARALLEL_ORDERS
    assert Order.objects.count() == 1
    assert publication.stock().available == 95
