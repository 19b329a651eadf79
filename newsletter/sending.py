"""Sending an issue: fast, once, never lost.

start()      one set-based INSERT … SELECT … ON CONFLICT DO NOTHING makes a delivery row per
             (issue, active subscriber), then chunk tasks are queued (they carry the issue id).
send_chunk() claims up to CHUNK_SIZE due rows with FOR UPDATE SKIP LOCKED, marks them
             `sending` and commits before talking to the mail server; sends over one reused
             connection, within the shared rate limit; marks outcomes in bulk per batch.
watch()      (beat) puts rows a killed worker left in `sending` back to pending, re-queues
             chunks when rows wait and no worker progresses, and closes finished issues.

A row is only ever sent from `pending` under its row lock, so a sent delivery is never sent
again; a duplicate is only possible for a message in flight when a worker died (at most one
batch: outcomes are written every BATCH_SIZE messages)."""

import logging
import math
import smtplib
from contextlib import suppress
from datetime import timedelta
from itertools import islice

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.db import connection, transaction
from django.db.models import Case, Count, F, Q, Value, When
from django.db.models.functions import Now
from django.utils import timezone

from newsletter import smtp_pipeline, throttle
from newsletter.issue_mail import RawEdition, email_message, envelope_sender
from newsletter.links import preferences_key_for_token
from newsletter.models import Delivery, Issue, SendSettings, Subscriber
from newsletter.rendering import Editions

logger = logging.getLogger(__name__)

CHUNK_SIZE = 250
BATCH_SIZE = 100
MAX_ATTEMPTS = 5
# A row still `sending` after this long belongs to a worker that died.
STUCK_AFTER = timedelta(minutes=5)
# Pending rows and no chunk claimed for this long: the queued tasks were lost.
STALLED_AFTER = timedelta(minutes=1)
# Permanent refusals in a chunk, out of at least this many messages, that pause the issue.
PAUSE_SAMPLE = 20
# The same error stopping a whole chunk this many times in a row pauses the issue, with the
# error shown to the editors: retrying a mistake in the issue itself never helps.
REPEATED_ERROR_PAUSE = 3

# What the ORM cannot say in one statement is SQL: it names the tables newsletter_delivery,
# newsletter_subscriber and newsletter_subscriber_sections (Delivery, Subscriber and its
# sections) directly, and takes the statuses from the models as parameters.
STATUSES = {
    "pending": Delivery.Status.PENDING,
    "sending": Delivery.Status.SENDING,
    "failed": Delivery.Status.FAILED,
    "active": Subscriber.Status.ACTIVE,
}

# The rows of recipients() (below), in one statement.
CREATE_DELIVERIES = """
    INSERT INTO newsletter_delivery (issue_id, subscriber_id, status, attempts, error)
    SELECT %(issue)s, id, %(pending)s, 0, '' FROM newsletter_subscriber
    WHERE status = %(active)s AND email IS NOT NULL
    ON CONFLICT (issue_id, subscriber_id) DO NOTHING
"""


def recipients():
    """Who an issue started now goes to."""
    return Subscriber.objects.filter(status=Subscriber.Status.ACTIVE, email__isnull=False)


CLAIM = """
    WITH claimed AS (
        UPDATE newsletter_delivery d
        SET status = %(sending)s, attempts = d.attempts + 1, claimed_at = now()
        WHERE d.id IN (
            SELECT id FROM newsletter_delivery
            WHERE issue_id = %(issue)s AND status = %(pending)s
              AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            ORDER BY id LIMIT %(size)s
            FOR UPDATE SKIP LOCKED
        )
        RETURNING d.id, d.subscriber_id
    )
    SELECT c.id, c.subscriber_id, s.email, s.token, s.status,
           ARRAY(SELECT sectionpage_id FROM newsletter_subscriber_sections
                 WHERE subscriber_id = s.id)
    FROM claimed c JOIN newsletter_subscriber s ON s.id = c.subscriber_id
    ORDER BY c.id
"""

# Temporary refusal: back to pending with exponential backoff, until the attempt cap.
MARK_DEFERRED = """
    UPDATE newsletter_delivery d
    SET status = CASE WHEN d.attempts >= %(max_attempts)s THEN %(failed)s ELSE %(pending)s END,
        next_attempt_at = now() + make_interval(secs => %(retry)s * power(2, d.attempts - 1)),
        error = left(v.error, 300)
    FROM unnest(%(ids)s::bigint[], %(errors)s::text[]) AS v(id, error)
    WHERE d.id = v.id AND d.status = %(sending)s
"""

MARK_FAILED = """
    UPDATE newsletter_delivery d SET status = %(failed)s, error = left(v.error, 300)
    FROM unnest(%(ids)s::bigint[], %(errors)s::text[]) AS v(id, error)
    WHERE d.id = v.id AND d.status = %(sending)s
"""

REAPED = "Afbrudt: baggrundsprocessen, der sendte mailen, stoppede undervejs"


# --- starting -------------------------------------------------------------------------------


def startable():
    """Issues that may be started: not begun (a paused one only if it never started)."""
    waiting = [Issue.Status.DRAFT, Issue.Status.SCHEDULED, Issue.Status.MISSED]
    return Q(status__in=waiting) | Q(status=Issue.Status.PAUSED, started_at__isnull=True)


def start(issue_id):
    """Creates the delivery rows and hands the issue to the workers. False if the issue is not
    in a state that may be sent (already sending, sent, discarded)."""
    with transaction.atomic():
        issue = Issue.objects.select_for_update().filter(startable(), pk=issue_id).first()
        if issue is None:
            return False
        with connection.cursor() as cursor:
            cursor.execute(CREATE_DELIVERIES, {**STATUSES, "issue": issue_id})
        now = timezone.now()
        Issue.objects.filter(pk=issue_id).update(
            status=Issue.Status.SENDING, started_at=now, progress_at=now
        )
        transaction.on_commit(lambda: dispatch(issue_id))
    return True


def dispatch(issue_id):
    """Queues one chunk task per CHUNK_SIZE due rows. Extra tasks are harmless (they find
    nothing to claim); a broker outage is harmless too (the watchdog queues them later)."""
    from newsletter.tasks import send_chunk  # exception E2

    due = due_rows(issue_id).count()
    try:
        for _ in range(math.ceil(due / CHUNK_SIZE)):
            send_chunk.delay(issue_id)
    except Exception:  # kombu/redis errors: the watchdog retries
        logger.warning("Kunne ikke sætte udsendelse %s i kø; vagten prøver igen", issue_id)
        return False
    return True


def due_rows(issue_id):
    now = timezone.now()
    return Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


# --- one chunk ------------------------------------------------------------------------------


def claim(issue_id, size=CHUNK_SIZE):
    """Claims and commits: after this, the rows are ours until sent or reaped."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(CLAIM, {**STATUSES, "issue": issue_id, "size": size})
        return cursor.fetchall()


def send_chunk(issue_id):
    """Sends one chunk of the issue. Returns the number of messages the server accepted."""
    issue = Issue.objects.filter(pk=issue_id, status=Issue.Status.SENDING).first()
    if issue is None:
        return 0
    rows = claim(issue_id)
    if not rows:
        finish_if_done(issue_id)
        return 0
    Issue.objects.filter(pk=issue_id).update(progress_at=timezone.now())
    config = SendSettings.load()
    try:
        chunk = Chunk(issue, config)
        try:
            chunk.send(rows)
        finally:
            chunk.close()
    except Exception as error:  # the chunk as a whole failed (the issue, the database, …)
        text = f"{type(error).__name__}: {error}"[:300]
        logger.exception("Udsendelse %s: en hel portion fejlede", issue_id)
        release([row[0] for row in rows], text)
        if not record_chunk_error(issue_id, text):
            retry_later(issue_id)
        return 0
    if chunk.sent:
        Issue.objects.filter(pk=issue_id, error_count__gt=0).update(error_count=0, last_error="")
    if chunk.deferred_any:
        retry_later(issue_id)
    finish_if_done(issue_id)
    return chunk.sent


def retry_later(issue_id):
    from newsletter.tasks import send_chunk as task

    task.apply_async((issue_id,), countdown=settings.NEWSLETTER_RETRY_SECONDS)


def record_chunk_error(issue_id, text):
    """Counts the error on the issue; True when it came REPEATED_ERROR_PAUSE times in a row and
    the issue is paused with it."""
    with transaction.atomic():
        issue = Issue.objects.select_for_update().get(pk=issue_id)
        issue.error_count = issue.error_count + 1 if issue.last_error == text else 1
        issue.last_error = text
        issue.save(update_fields=["error_count", "last_error"])
    if issue.error_count < REPEATED_ERROR_PAUSE:
        return False
    reason = f"Samme fejl {issue.error_count} gange i træk: {text}"
    return bool(pause(issue_id, reason[:400]))


def classify(error):
    """(permanent, text) for an exception raised while sending one message."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()))
        return code >= 500, f"{code} {reply!r}"
    if isinstance(error, smtplib.SMTPSenderRefused):
        return False, f"{error.smtp_code} {error.smtp_error!r}"  # our problem, not theirs
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500, f"{error.smtp_code} {error.smtp_error!r}"
    try:
        from anymail.exceptions import AnymailRecipientsRefused

        if isinstance(error, AnymailRecipientsRefused):
            return True, str(error)
    except ImportError:  # pragma: no cover - anymail is a dependency
        pass
    return False, f"{type(error).__name__}: {error}"


_editions = {}


def editions_for(issue):
    """Each worker process renders an issue's editions once, not once per chunk."""
    key = (issue.pk, issue.started_at)
    if key not in _editions:
        _editions.clear()
        _editions[key] = Editions(issue)
    return _editions[key]


class Chunk:
    """One claimed chunk: its editions, one mail connection, and outcomes written per batch."""

    def __init__(self, issue, config):
        self.issue = issue
        self.config = config
        self.editions = editions_for(issue)
        self.raw = {}
        self.backend = get_connection()
        self.smtp = isinstance(self.backend, SmtpBackend)
        self.sender = envelope_sender()
        self.sent = 0
        self.failed = 0
        self.deferred_any = False

    def close(self):
        with suppress(Exception):  # a broken connection is closed either way
            self.backend.close()

    def send(self, rows):
        rows = iter(rows)
        while batch := list(islice(rows, BATCH_SIZE)):
            if not self.still_sending():
                release([row[0] for row in batch] + [row[0] for row in rows])
                return
            self.send_batch(batch)
            if self.too_many_errors():
                pause(self.issue.pk, "Mange mails blev afvist permanent")

    def still_sending(self):
        return Issue.objects.filter(pk=self.issue.pk, status=Issue.Status.SENDING).exists()

    def too_many_errors(self):
        settled = self.sent + self.failed
        threshold = self.config.error_pause_percent
        return settled >= PAUSE_SAMPLE and self.failed * 100 > threshold * settled

    def send_batch(self, batch):
        outcome = Outcome()
        receiving = []
        for row in batch:
            _, _, address, _, status, _ = row
            if status != Subscriber.Status.ACTIVE or not address:
                outcome.skipped.append(row[0])
            else:
                receiving.append(row)
        # Rendered before anything is sent: a rendering error stops the batch with nothing
        # sent and unrecorded.
        editions = [self.editions.for_sections(row[5]) for row in receiving]
        position = 0
        while position < len(receiving):
            granted = throttle.acquire(len(receiving) - position, self.config.rate_per_second)
            for index in range(position, position + granted):
                self.send_one(receiving[index], editions[index], outcome)
            position += granted
        outcome.save()
        self.sent += len(outcome.sent)
        self.failed += len(outcome.failed)
        self.deferred_any = self.deferred_any or bool(outcome.deferred)

    def send_one(self, row, edition, outcome):
        delivery_id, subscriber_id, address, token, _, _ = row
        key = preferences_key_for_token(token)
        try:
            if self.smtp:
                self.send_raw(edition, subscriber_id, address, token, key)
            else:
                email_message(
                    edition, self.issue.pk, subscriber_id, address, token, self.backend, key
                ).send()
        except Exception as error:  # every failure is recorded on the row, none is lost
            permanent, text = classify(error)
            if permanent:
                outcome.failed.append((delivery_id, subscriber_id, text))
            else:
                outcome.deferred.append((delivery_id, text))
                self.reconnect_if_broken(error)
            return
        outcome.sent.append(delivery_id)

    def send_raw(self, edition, subscriber_id, address, token, preferences_key):
        raw = self.raw.get(edition)
        if raw is None:
            raw = self.raw[edition] = RawEdition(edition)
        data = raw.build(self.issue.pk, subscriber_id, address, token, preferences_key)
        self.backend.open()
        smtp_pipeline.send(self.backend.connection, self.sender, address, data)

    def reconnect_if_broken(self, error):
        if self.smtp and not isinstance(error, smtplib.SMTPResponseException):
            self.close()
            self.backend.connection = None
        elif self.smtp and error.smtp_code == 421:
            self.close()  # 421: the server is closing the connection


class Outcome:
    def __init__(self):
        self.sent = []
        self.skipped = []
        self.deferred = []
        self.failed = []

    def save(self):
        claimed = Delivery.objects.filter(status=Delivery.Status.SENDING)
        with transaction.atomic(), connection.cursor() as cursor:
            if self.sent:
                claimed.filter(pk__in=self.sent).update(
                    status=Delivery.Status.SENT, sent_at=Now(), error=""
                )
            if self.skipped:
                claimed.filter(pk__in=self.skipped).update(status=Delivery.Status.SKIPPED)
            if self.deferred:
                ids, errors = zip(*self.deferred, strict=True)
                cursor.execute(
                    MARK_DEFERRED,
                    {
                        **STATUSES,
                        "max_attempts": MAX_ATTEMPTS,
                        "retry": settings.NEWSLETTER_RETRY_SECONDS,
                        "ids": list(ids),
                        "errors": list(errors),
                    },
                )
            if self.failed:
                ids, subscriber_ids, errors = zip(*self.failed, strict=True)
                cursor.execute(MARK_FAILED, {**STATUSES, "ids": list(ids), "errors": list(errors)})
                Subscriber.objects.filter(
                    pk__in=subscriber_ids, status=Subscriber.Status.ACTIVE
                ).update(status=Subscriber.Status.BOUNCED)


def release(delivery_ids, error=None):
    """Rows claimed but not sent (the issue was paused, or the chunk failed with `error`):
    pending again, the attempt unused."""
    changes = {"error": error} if error is not None else {}
    Delivery.objects.filter(pk__in=delivery_ids, status=Delivery.Status.SENDING).update(
        status=Delivery.Status.PENDING, attempts=F("attempts") - 1, **changes
    )


# --- editors' controls ------------------------------------------------------------------------


def pause(issue_id, reason=""):
    """Stops a sending issue, or keeps a scheduled one from going at its time."""
    return Issue.objects.filter(
        pk=issue_id, status__in=[Issue.Status.SENDING, Issue.Status.SCHEDULED]
    ).update(status=Issue.Status.PAUSED, pause_reason=reason)


def resume(issue_id):
    """A paused issue that never started is scheduled again; a started one sends on."""
    Issue.objects.filter(pk=issue_id, status=Issue.Status.PAUSED, started_at__isnull=True).update(
        status=Issue.Status.SCHEDULED, pause_reason=""
    )
    resumed = Issue.objects.filter(
        pk=issue_id, status=Issue.Status.PAUSED, started_at__isnull=False
    ).update(
        status=Issue.Status.SENDING,
        pause_reason="",
        last_error="",
        error_count=0,
        progress_at=timezone.now(),
    )
    if resumed:
        transaction.on_commit(lambda: dispatch(issue_id))
    return bool(resumed)


def discard(issue_id):
    return Issue.objects.filter(startable(), pk=issue_id).update(status=Issue.Status.DISCARDED)


# --- the watchdog ---------------------------------------------------------------------------


def finish_if_done(issue_id):
    open_rows = Delivery.objects.filter(
        issue_id=issue_id, status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING]
    )
    if open_rows.exists():
        return False
    return bool(
        Issue.objects.filter(pk=issue_id, status=Issue.Status.SENDING).update(
            status=Issue.Status.SENT, finished_at=timezone.now()
        )
    )


def reap(stuck_after=STUCK_AFTER):
    """Rows a killed worker left `sending`: pending again, or failed at the attempt cap."""
    return Delivery.objects.filter(
        status=Delivery.Status.SENDING, claimed_at__lt=timezone.now() - stuck_after
    ).update(
        status=Case(
            When(attempts__gte=MAX_ATTEMPTS, then=Value(Delivery.Status.FAILED)),
            default=Value(Delivery.Status.PENDING),
        ),
        error=REAPED,
    )


def watch(stuck_after=STUCK_AFTER, stalled_after=STALLED_AFTER):
    """Beat: recover from dead workers and lost tasks. Returns the issues re-queued."""
    reap(stuck_after)
    requeued = []
    now = timezone.now()
    for issue in Issue.objects.filter(status=Issue.Status.SENDING):
        if finish_if_done(issue.pk):
            continue
        stalled = issue.progress_at is None or issue.progress_at < now - stalled_after
        if stalled and due_rows(issue.pk).exists():
            Issue.objects.filter(pk=issue.pk).update(progress_at=now)
            dispatch(issue.pk)
            requeued.append(issue.pk)
    return requeued


# --- progress ---------------------------------------------------------------------------------

RATE_WINDOW = timedelta(seconds=15)


def progress(issue):
    counts = dict(
        Delivery.objects.filter(issue=issue)
        .values_list("status")
        .annotate(count=Count("id"))
        .order_by()
    )
    sent = counts.get(Delivery.Status.SENT, 0)
    failed = counts.get(Delivery.Status.FAILED, 0)
    skipped = counts.get(Delivery.Status.SKIPPED, 0)
    pending = counts.get(Delivery.Status.PENDING, 0) + counts.get(Delivery.Status.SENDING, 0)
    total = sent + failed + skipped + pending
    since = timezone.now() - RATE_WINDOW
    recent = Delivery.objects.filter(issue=issue, status="sent", sent_at__gte=since).count()
    rate = recent / RATE_WINDOW.total_seconds()
    return {
        "status": issue.status,
        "status_label": str(issue.get_status_display()),
        "total": total,
        "sent": sent,
        "failed": failed,
        "skipped": skipped,
        "pending": pending,
        "rate": round(rate, 1),
        "seconds_left": round(pending / rate) if rate and pending else None,
        "percent": round(100 * (total - pending) / total, 1) if total else 0,
    }
