"""Moves the read counters from Redis into DailyReads, each read exactly once, whatever dies
on the way (see stats/counting.py for how reads are counted).

1. claim: the pending counters are renamed to the batch key and stamped with a token, in one
   Lua script, so new reads go on into a fresh pending key. A batch left by a worker that
   died is claimed again as it is (same token).
2. apply: one transaction adds the batch to the daily rows and records its token. A batch
   whose token is already recorded was applied before its worker died: it is not added again.
3. release: the batch is deleted, but only if it still carries this token.

Then each changed page's total is copied to Redis (for "Læst … gange") and the popularity
generation moves, which renews the "Mest læste" box."""

import time
import uuid
from collections import namedtuple
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from lederweb.cache import fresh_start
from stats.counting import GENERATION, key, redis
from stats.models import DailyReads, RolledUpBatch

BATCH_FIELD = "_batch"  # holds the batch token
KEEP_TOKENS = timedelta(days=7)

Batch = namedtuple("Batch", "token counts")

CLAIM = """
if redis.call('EXISTS', KEYS[2]) == 0 then
    if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
    redis.call('RENAME', KEYS[1], KEYS[2])
    redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
end
return redis.call('HGETALL', KEYS[2])
"""

RELEASE = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('DEL', KEYS[1]) end
return 0
"""

UPSERT = """
INSERT INTO {table} (page_id, day, reads)
SELECT counts.page_id, counts.day, counts.reads
FROM unnest(%s::bigint[], %s::date[], %s::integer[]) AS counts(page_id, day, reads)
WHERE EXISTS (SELECT 1 FROM {pages} WHERE id = counts.page_id)
ON CONFLICT (page_id, day) DO UPDATE SET reads = {table}.reads + EXCLUDED.reads
"""


def roll_up():
    """One roll-up; returns how many reads it moved into PostgreSQL."""
    client = redis()
    batch = claim(client)
    moved, changed = 0, set()
    if batch is not None:
        moved = apply(batch)
        changed = {page_id for page_id, _ in batch.counts}
        release(client, batch)
    publish_totals(client, changed)
    if changed:
        bump_generation(client)
    RolledUpBatch.objects.filter(applied_at__lt=timezone.now() - KEEP_TOKENS).delete()
    # When the counters last rolled up, and how many reads that moved: for the operators
    # (and the tests, which have no result backend to wait on).
    client.hset(key("reads:last-roll-up"), mapping={"at": time.time(), "moved": moved})
    return moved


def claim(client):
    claimed = claim_fields(client, "reads:pending", "reads:batch")
    if claimed is None:
        return None
    counts = {}
    for field, value in claimed.counts.items():
        page_id, day = field.split(":")
        counts[int(page_id), date.fromisoformat(day)] = int(value)
    return Batch(claimed.token, counts)


def claim_fields(client, pending, batch):
    """Batch(token, {counter: value}) of the counters in the hash `pending` (a key name),
    renamed to `batch` first; None when there are none."""
    fields = client.register_script(CLAIM)(
        keys=[key(pending), key(batch)],
        args=[BATCH_FIELD, uuid.uuid4().hex],
    )
    if not fields:
        return None
    pairs = {
        field.decode(): value.decode()
        for field, value in zip(fields[::2], fields[1::2], strict=True)
    }
    return Batch(pairs.pop(BATCH_FIELD), pairs)


def apply(batch):
    """Adds the batch to the daily rows unless its token shows it was added before; returns
    the number of reads added."""
    with transaction.atomic():
        _, new = RolledUpBatch.objects.get_or_create(token=batch.token)
        if not new or not batch.counts:
            return 0
        rows = [(page_id, day, reads) for (page_id, day), reads in batch.counts.items()]
        columns = [list(column) for column in zip(*rows, strict=True)]
        sql = UPSERT.format(table=DailyReads._meta.db_table, pages=Page._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(sql, columns)
    return sum(batch.counts.values())


def release(client, batch, name="reads:batch"):
    client.register_script(RELEASE)(keys=[key(name)], args=[BATCH_FIELD, batch.token])


def publish_totals(client, page_ids, everything=False):
    """Copies the totals of these pages to Redis; of every page when asked, or when Redis has
    lost them (a restart without persistence)."""
    totals = key("reads:totals")
    everything = everything or not client.exists(totals)
    if not everything and not page_ids:
        return
    rows = DailyReads.objects.values("page_id").annotate(total=Sum("reads")).order_by()
    if not everything:
        rows = rows.filter(page_id__in=page_ids)
    mapping = {row["page_id"]: row["total"] for row in rows}
    if mapping:
        client.hset(totals, mapping=mapping)


def bump_generation(client):
    # Started from the clock, so a generation lost with Redis never comes back as an old one.
    pipe = client.pipeline()
    pipe.set(key(GENERATION), fresh_start(), nx=True)
    pipe.incr(key(GENERATION))
    pipe.execute()
