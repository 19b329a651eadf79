"""Demo reads, so that "Mest læste" and the read counts show something on a fresh site: made
up, and only on a site where nothing has been read yet."""

from datetime import timedelta

from django.utils import timezone
from redis.exceptions import RedisError

from projects.models import ArticlePage
from stats import rollup
from stats.models import DailyReads

DAYS = 30


def load():
    if DailyReads.objects.exists():
        return
    today = timezone.localdate()
    rows = []
    for rank, article in enumerate(ArticlePage.objects.live().order_by("-date", "pk")):
        daily = max(2, 40 - 4 * rank)
        rows += [
            DailyReads(page=article, day=today - timedelta(days=age), reads=daily + age * rank % 7)
            for age in range(DAYS)
        ]
        # Read before the 30 days too: the total is more than what "Mest læste" counts.
        rows.append(DailyReads(page=article, day=today - timedelta(days=200), reads=daily * 25))
    DailyReads.objects.bulk_create(rows)
    try:
        client = rollup.redis()
        rollup.publish_totals(client, None, everything=True)
        rollup.bump_generation(client)
    except RedisError:
        pass  # the first roll-up copies the totals to Redis
