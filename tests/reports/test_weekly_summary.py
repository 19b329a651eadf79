"""Last week's figures to the secretariat's address, sent by a real worker once a week however
often beat runs the task."""

import pytest

from reports.models import StatisticsSettings, WeeklySummary
from reports.tasks import send_weekly_statistics
from tests.support import wait_until, wait_until_idle

ADDRESS = "sekretariat@lederweb.example.dk"


def mails_to(mailbox, address):
    return [message for rcpts, message in list(mailbox.messages) if address in rcpts]


@pytest.mark.django_db(transaction=True)
def test_the_summary_goes_out_once_a_week(celery_worker, mailbox):
    send_weekly_statistics.delay()
    wait_until_idle(celery_worker)
    assert not mailbox.messages, "no address set: nothing is sent"

    settings = StatisticsSettings.load()
    settings.summary_email = ADDRESS
    settings.save()
    send_weekly_statistics.delay()
    send_weekly_statistics.delay()  # beat again, or a second worker
    wait_until(lambda: mails_to(mailbox, ADDRESS), 30, "ingen ugentlig statistikmail")
    wait_until_idle(celery_worker)

    [message] = mails_to(mailbox, ADDRESS)
    assert message["Subject"].strip().startswith("Lederwebs statistik for uge")
    text = message.get_body(("plain",)).get_content()
    assert "Besøg:" in text and "Abonnenter på nyhedsbrevet:" in text
    assert "/admin/statistik/" in text
    week = WeeklySummary.objects.get()
    assert week.sent_at is not None and week.recipient == ADDRESS
