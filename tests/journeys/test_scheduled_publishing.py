"""Scheduled publishing and expiry happen by themselves in the running stack: the editor
schedules a draft in the admin, and Celery beat runs Wagtail's publish_scheduled every minute
on the worker (lederweb/tasks.py); a page whose expiry comes is unpublished the same way."""

import time
import urllib.error
import urllib.request

import pytest

from tests.support import wait_until

pytestmark = pytest.mark.browser

# A draft to schedule, and a live page that expires in a few seconds: copies of a demo article.
PAGES = """
import datetime, json
from django.utils import timezone
from projects.models import ArticlePage
source = ArticlePage.objects.live().first()
draft = source.copy(update_attrs={"slug": "planlagt-artikel", "title": "Planlagt artikel"},
                    keep_live=False, copy_revisions=False)
draft.save_revision()
soon = timezone.now() + datetime.timedelta(seconds=5)
expiring = source.copy(update_attrs={"slug": "udloebende-artikel", "title": "Udløbende artikel",
                                     "expire_at": soon}, copy_revisions=False)
expiring.save_revision().publish()
# Wagtail's schedule has whole minutes: the first minute at least 25 seconds ahead, local time.
go_live = timezone.localtime() + datetime.timedelta(seconds=85)
print(json.dumps([draft.pk, draft.url_path.split("/", 2)[2], expiring.url,
                  go_live.strftime("%Y-%m-%d %H:%M")]))
"""


def status(url):
    try:
        return urllib.request.urlopen(url, timeout=30).status  # noqa: S310
    except urllib.error.HTTPError as error:
        return error.code


def test_the_editor_schedules_a_page_and_sees_it_go_live(dev_stack, editor_page):
    page = editor_page
    draft_id, draft_path, expiring_path, go_live = dev_stack.shell(PAGES)
    scheduled, expiring = f"{dev_stack.url}/{draft_path}", dev_stack.url + expiring_path
    assert status(scheduled) == 404
    assert status(expiring) == 200

    page.goto(f"{dev_stack.url}/admin/pages/{draft_id}/edit/")
    page.locator('[data-side-panel-toggle="status"]').click()
    page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(go_live)
    # The date picker that filling opens can lie over the button (on some dates' calendars),
    # so the click goes to the button itself, as the publish click below does.
    dialog.locator("button.action-save").dispatch_event("click")
    page.wait_for_url(f"**/admin/pages/{draft_id}/edit/")
    page.locator('button[name="action-publish"]').dispatch_event("click")
    page.wait_for_url("**/admin/pages/*/")
    scheduled_at = time.monotonic()
    assert status(scheduled) == 404, "scheduled, not published at once"

    # Within two minutes of its time both changes are served: the schedule was at most
    # 85 s ahead, and beat runs the task every minute.
    wait_until(
        lambda: status(scheduled) == 200 and status(expiring) == 404,
        85 + 120,
        f"den planlagte side blev ikke udgivet, eller den udløbne ikke afpubliceret:\n"
        f"{dev_stack.log(tail=3000)}",
    )
    print(f"live {time.monotonic() - scheduled_at:.0f} s after scheduling")
