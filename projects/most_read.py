"""Mest læste: the articles read most in the last 30 days, from the daily read counts
(stats.models.DailyReads) that stats/counting.py counts and stats/rollup.py rolls up."""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Sum
from django.template.loader import render_to_string
from django.utils import timezone

from lederweb.cache import fresh_start, site_generation
from lederweb.listings import with_images, with_markings
from lederweb.restrictions import public_pages
from projects.models import ArticlePage
from stats.counting import GENERATION

RECENT_DAYS = 30
MOST_READ_COUNT = 5
BOX_SECONDS = 10 * 60
BOX = "most-read-box"


def _most_read(days):
    since = timezone.localdate() - timedelta(days=days - 1)
    return (
        public_pages(ArticlePage.objects.live())
        .filter(daily_reads__day__gte=since)
        .annotate(recent_reads=Sum("daily_reads__reads"))
        .order_by("-recent_reads", "-date", "-pk")
    )


def most_read_articles(limit=MOST_READ_COUNT, days=RECENT_DAYS):
    """The live articles read most in the last `days` days, most read first, each with
    `recent_reads`; ready for components/article_card.html (image, project and markings
    fetched in a fixed number of queries)."""
    return list(with_images(with_markings(_most_read(days).select_related("project")))[:limit])


def most_read_box(request, generation=None, exclude=None):
    """The rendered "Mest læste" box, without the page `exclude` (an article is never listed
    in its own box). Its rows are cached per site and popularity generation: one Redis round
    trip when the generation is already known (the article page's count gave it)."""
    names = [BOX] if generation is not None else [BOX, GENERATION]
    found = cache.get_many(names)
    generation = generation if generation is not None else found.get(GENERATION)
    if generation is None:  # no roll-up yet (or Redis lost it): start one, so the box is kept
        cache.add(GENERATION, fresh_start(), timeout=None)
        generation = cache.get(GENERATION)
    stamp = (site_generation(), generation)
    stored = found.get(BOX)
    if generation is not None and stored and stored[0] == stamp:
        rows = stored[1]
    else:
        # One more than shown, so the box stays full on the pages of the articles in it.
        rows = [
            {"pk": a.pk, "title": a.title, "url": a.get_url(request), "reads": a.recent_reads}
            for a in _most_read(RECENT_DAYS)[: MOST_READ_COUNT + 1]
        ]
        if generation is not None:
            cache.set(BOX, (stamp, rows), BOX_SECONDS)
    shown = [row for row in rows if row["pk"] != exclude][:MOST_READ_COUNT]
    return render_to_string("components/most_read.html", {"articles": shown}, request=request)
