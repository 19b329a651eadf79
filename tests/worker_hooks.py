"""Loaded only by the tests' Celery workers (`--include`). A transactional test ends with a
flush, after which Django recreates the content types under new ids; a worker that lives
across tests would keep the old ids in its ContentType cache and fail writing rows that name
them (Wagtail's reference index). Production never flushes, so this stays out of the app."""

from celery.signals import task_prerun


@task_prerun.connect
def forget_content_types(**kwargs):
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
