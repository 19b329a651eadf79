"""Scheduled publishing and expiry happen by themselves in the running stack: Celery beat runs
Wagtail's publish_scheduled every minute on the worker (lederweb/tasks.py)."""

import urllib.error
import urllib.request

import pytest

from tests.support import wait_until

pytestmark = pytest.mark.browser

# Two copies of a demo article: one scheduled a few seconds ahead, one live until then.
SCHEDULE = """
import datetime, json
from django.utils import timezone
from projects.models import ArticlePage
source = ArticlePage.objects.live().first()
soon = timezone.now() + datetime.timedelta(seconds=5)
scheduled = source.copy(update_attrs={"slug": "planlagt-artikel", "title": "Planlagt artikel"},
                        keep_live=False, copy_revisions=False)
scheduled.go_live_at = soon
scheduled.save_revision().publish()
expiring = source.copy(update_attrs={"slug": "udloebende-artikel", "title": "Udløbende artikel",
                                     "expire_at": soon}, copy_revisions=False)
expiring.save_revision().publish()
scheduled.refresh_from_db()
print(json.dumps([scheduled.live, scheduled.url, expiring.url]))
"""


def status(url):
    try:
        return urllib.request.urlopen(url, timeout=30).status  # noqa: S310
    except urllib.error.HTTPError as error:
        return error.code


def test_a_scheduled_page_goes_live_and_an_expired_one_goes_away(dev_stack):
    live_at_once, scheduled_path, expiring_path = dev_stack.shell(SCHEDULE)
    scheduled, expiring = dev_stack.url + scheduled_path, dev_stack.url + expiring_path
    assert not live_at_once
    assert status(scheduled) == 404
    assert status(expiring) == 200

    # Beat runs the task each minute: within two, both changes are served.
    wait_until(
        lambda: status(scheduled) == 200 and status(expiring) == 404,
        120,
        f"den planlagte side blev ikke udgivet, eller den udløbne ikke afpubliceret:\n"
        f"{dev_stack.log(tail=3000)}",
    )
