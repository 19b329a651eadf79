"""bulk_load(): Wagtail's index tasks wait for the end of a bulk load and run once each, and
what a reader and an editor find afterwards is what they found when each save indexed."""

import pytest
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from lederweb.bulk_loading import bulk_load, in_bulk_load
from projects.models import ArticlePage
from publications.models import PublicationPage

RUNS = []


@task()
def remember(value):
    RUNS.append((value, in_bulk_load()))


@pytest.fixture(autouse=True)
def _no_runs():
    RUNS.clear()


def test_outside_a_bulk_load_a_task_runs_at_once():
    remember.enqueue("a")
    assert RUNS == [("a", False)]


def test_in_a_bulk_load_each_task_runs_once_at_the_end():
    with bulk_load():
        remember.enqueue("a")
        remember.enqueue("b")
        remember.enqueue("a")
        assert RUNS == []
    assert RUNS == [("b", False), ("a", False)]


def test_a_failed_bulk_load_runs_nothing():
    with pytest.raises(RuntimeError), bulk_load():
        remember.enqueue("a")
        raise RuntimeError
    assert RUNS == []


@pytest.mark.django_db
def test_after_the_demo_load_the_admin_search_and_the_usage_counts_know_the_pages(
    demo_content,
):
    publication = PublicationPage.objects.get(title="Ledere der lykkes")
    assert publication.pk in [page.pk for page in Page.objects.search("Ledere der lykkes")]
    article = ArticlePage.objects.filter(image__isnull=False).first()
    image = get_image_model().objects.get(pk=article.image_id)
    assert image in get_image_model().objects.search(image.title)
    assert article.pk in [int(r.object_id) for r in ReferenceIndex.get_references_to(image)]
