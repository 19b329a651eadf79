import pytest
from django.core.cache import cache

from lederweb.demo import site


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and cached fragments start from nothing in every test. Only the
    cache's own keys go (not a FLUSHDB): the Celery broker's queues share the Redis."""
    cache.delete_pattern("*")


@pytest.fixture
def tree(db):
    """The site tree (front page, the three Væksthuse) without the other apps' content."""
    return site.load()
