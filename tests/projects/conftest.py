import pytest

from lederweb.demo import site


@pytest.fixture
def tree(db):
    """The site tree (front page, the three Væksthuse) without the other apps' demo content."""
    return site.load()
