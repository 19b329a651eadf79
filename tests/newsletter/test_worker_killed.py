"""A Celery worker SIGKILLed while it sends a sign-up's confirmation mail (the SMTP sink holds
the recipient, so nothing was delivered yet): the mail still goes out exactly once.

A killed pool process (what the kernel's OOM killer does) is redelivered at once:
task_acks_late with task_reject_on_worker_lost. A whole worker killed leaves its message
unacknowledged with the broker; beat's sweep queues the mail again (newsletter/outbox.py), and
the broker's own redelivery after the visibility timeout finds it sent."""

import signal
import time
from datetime import timedelta

import psutil
import pytest
from django.utils import timezone
from kombu import Connection
from redis import Redis

from newsletter import outbox, subscriptions
from newsletter.models import ConfirmationRequest, Consent
from tests.support import other_redis_db, project_env, start_worker, wait_until, wait_until_idle

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

# A killed pool process's mail is out within this many seconds.
REDELIVERED_WITHIN = 10


@pytest.fixture
def worker_env(settings, test_database_url, smtp_sink):
    """A broker of these tests' own (a Redis database no other worker reads), for the test
    process and the workers it starts."""
    url = other_redis_db(settings.REDIS_URL, 6)
    Redis.from_url(url).flushdb()
    settings.CELERY_BROKER_URL = url
    return project_env(test_database_url, smtp_sink.port, REDIS_URL=url)


def sign_up_held(mailbox, email):
    """Signs `email` up and returns once a worker is in the middle of sending its mail."""
    mailbox.hold = True
    subscriptions.sign_up(email, [], Consent.Source.SIGNUP_PAGE)
    assert mailbox.held.wait(30), "ingen worker gik i gang med mailen"


def mailed(mailbox, email):
    return sum(email in recipients for recipients, _ in mailbox.messages)


def test_a_killed_pool_process_s_mail_is_sent_once_within_seconds(worker_env, mailbox, capsys):
    worker = start_worker(worker_env, name="oom", concurrency=1)
    try:
        sign_up_held(mailbox, "oom@kommune.dk")
        (pool_process,) = psutil.Process(worker.process.pid).children()
        pool_process.kill()
        killed = time.monotonic()
        mailbox.hold = False
        wait_until(lambda: mailed(mailbox, "oom@kommune.dk"), 30, "mailen kom aldrig")
        seconds = time.monotonic() - killed
        wait_until_idle(worker)  # a second copy, if one were coming, has come
    finally:
        worker.stop()
    with capsys.disabled():
        print(f"\nworkerprocessen dræbt midt i mailen: sendt igen efter {seconds:.1f} s")
    assert mailed(mailbox, "oom@kommune.dk") == 1
    assert seconds < REDELIVERED_WITHIN
    assert ConfirmationRequest.objects.get(subscriber__email="oom@kommune.dk").sent_at


def test_a_killed_worker_s_mail_is_sent_once_by_the_sweep(worker_env, mailbox):
    doomed = start_worker(worker_env, name="doomed-mail", concurrency=1)
    sign_up_held(mailbox, "hele@kommune.dk")
    doomed.stop(signal.SIGKILL)
    mailbox.hold = False
    revived = start_worker(worker_env, name="revived-mail", concurrency=1)
    try:
        wait_until_idle(revived)
        assert mailed(mailbox, "hele@kommune.dk") == 0, "the broker keeps the killed message"

        # Beat's sweep, run here at the time it would act instead of waited for.
        later = timezone.now() + outbox.REQUEUE_AFTER + timedelta(minutes=1)
        assert outbox.requeue_stale(now=later) == 1
        wait_until(lambda: mailed(mailbox, "hele@kommune.dk"), 30, "sweepet fik ikke mailen ud")

        # The broker's own redelivery, as a worker does once the visibility timeout has passed:
        # the task runs again and finds the mail sent.
        logged = len(revived.log_path.read_bytes())
        with Connection(worker_env["REDIS_URL"], transport_options={"visibility_timeout": 0}) as c:
            c.default_channel.qos.restore_visible(num=100)
        wait_until(
            lambda: (
                b"send_confirmation" in revived.log_path.read_bytes()[logged:]
                and b"succeeded" in revived.log_path.read_bytes()[logged:]
            ),
            30,
            f"den genleverede opgave kørte ikke:\n{revived.log()}",
        )
    finally:
        revived.stop()
    assert mailed(mailbox, "hele@kommune.dk") == 1
