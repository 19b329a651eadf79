import itertools

import pytest

from lederweb.models import SectionPage, Theme
from tests.publications.factories import make_publication, publication_index

_addresses = itertools.count(1)


@pytest.fixture
def client_ip():
    """A fresh client address per test, so the order form's rate limit (kept in Redis)
    starts from zero."""
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


@pytest.fixture
def index(tree):
    return publication_index()


@pytest.fixture
def sections(index):
    return {section.number: section for section in SectionPage.objects.all()}


@pytest.fixture
def publication(index):
    """A publication with 100 printed copies and nothing ordered yet."""
    return make_publication("Nærværende ledelse på afstand", printed=[100])


@pytest.fixture
def theme(db):
    return Theme.objects.get_or_create(name="Ledelse på afstand")[0]
