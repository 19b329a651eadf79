"""Running a search, in a fixed number of queries whatever the number of matches.

Ranking: pages whose title holds all the words come first, then those whose title and lead
together do, then those that have them further down (the body, a PDF); newest first within
each. So title weighs more than lead and lead more than body, and readers of a news site see
the newest of equally good matches first. It also keeps a common word as fast as a rare one:
each tier is walked newest first (an index) only until the requested page is filled, instead
of computing a rank for every one of 100,000 matches. The count stops at MAX_COUNTED."""

from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
)
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat, Left

from lederweb.pagination import paginate
from lederweb.restrictions import public_pages
from sitesearch import highlight, lexicon
from sitesearch.indexing import CONFIG
from sitesearch.models import SearchDocument

MAX_COUNTED = 1000
# The snippet is cut from the start of the text: ts_headline reads all it is given.
SNIPPET_SOURCE_CHARS = 20_000
HEADLINE_OPTIONS = {
    "start_sel": highlight.START,
    "stop_sel": highlight.STOP,
    "max_words": 35,
    "min_words": 15,
    "max_fragments": 2,
    "fragment_delimiter": " … ",
}
NEWEST_FIRST = (F("date").desc(nulls_last=True), F("pk").desc())
SUGGESTIONS = 8
MIN_SUGGEST_CHARS = 2

# Each tier takes only what the tiers before it left of the rows up to the requested page
# (a LIMIT of 0 is not even run); MATERIALIZED keeps each tier its own walk.
_TIERED_IDS = """
    WITH first AS MATERIALIZED ({title} LIMIT %s),
    second AS MATERIALIZED ({title_lead} LIMIT %s - (SELECT count(*) FROM first)),
    third AS MATERIALIZED ({anywhere}
        LIMIT %s - (SELECT count(*) FROM first) - (SELECT count(*) FROM second))
    SELECT page_id FROM (
        SELECT 1 AS tier, * FROM first
        UNION ALL SELECT 2, * FROM second
        UNION ALL SELECT 3, * FROM third
    ) ranked
    ORDER BY tier, date DESC NULLS LAST, page_id DESC
    OFFSET %s LIMIT %s
"""


def _sql(queryset):
    return queryset.values_list("page_id", "date").order_by(*NEWEST_FIRST).query.sql_with_params()


def tiered_ids(documents, query, start, stop):
    """The ids of results start..stop (0-based) of `documents` matching `query`, ranked."""
    # Cheap checks of the small vectors come first in each WHERE, the large one last.
    title, title_params = _sql(documents.filter(title_vector=query))
    title_lead, title_lead_params = _sql(
        documents.exclude(title_vector=query).filter(title_lead_vector=query)
    )
    anywhere, anywhere_params = _sql(
        documents.exclude(title_lead_vector=query).filter(search_vector=query)
    )
    sql = _TIERED_IDS.format(title=title, title_lead=title_lead, anywhere=anywhere)
    params = [
        *title_params,
        stop,
        *title_lead_params,
        stop,
        *anywhere_params,
        stop,
        start,
        stop - start,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [page_id for (page_id,) in cursor.fetchall()]


class Results:
    """What Django's Paginator pages through: the number of matches (counted up to
    MAX_COUNTED) and any slice of them, ranked, as documents with their pages and snippets:
    three queries for a page of results, whatever the number of matches."""

    def __init__(self, documents, text):
        self.documents = documents
        self.query = SearchQuery(text, search_type="websearch", config=CONFIG) if text else None
        self.capped = False

    def count(self):
        matching = self.documents
        if self.query is not None:
            matching = matching.filter(search_vector=self.query)
        counted = matching.values("pk")[: MAX_COUNTED + 1].count()
        self.capped = counted > MAX_COUNTED
        return min(counted, MAX_COUNTED)

    def __getitem__(self, bounds):
        start, stop = bounds.start or 0, bounds.stop
        if stop <= start:
            return []
        if self.query is None:
            newest = self.documents.order_by(*NEWEST_FIRST).values_list("pk", flat=True)
            ids = list(newest[start:stop])
        else:
            ids = tiered_ids(self.documents, self.query, start, stop)
        return self._rows(ids) if ids else []

    def _rows(self, ids):
        rows = SearchDocument.objects.filter(pk__in=ids).select_related("page")
        if self.query is not None:
            source = Left(
                Concat("lead", Value("\n"), "body", output_field=TextField()),
                SNIPPET_SOURCE_CHARS,
            )
            rows = rows.annotate(
                snippet=SearchHeadline(source, self.query, config=CONFIG, **HEADLINE_OPTIONS)
            )
        found = {row.pk: row for row in rows}
        return [found[id_] for id_ in ids if id_ in found]


@dataclass
class Outcome:
    query: str
    page_obj: object = None
    corrected: str = ""  # the query searched instead, when the reader's found nothing

    @property
    def searched(self):
        return self.page_obj is not None

    @property
    def count(self):
        return self.page_obj.paginator.count if self.page_obj else 0

    @property
    def count_label(self):
        """ "23 resultater", "1 resultat", "Over 1.000 resultater" (Danish thousands)."""
        number = f"{self.count:,}".replace(",", ".")
        if self.page_obj.paginator.object_list.capped:
            return f"Over {number} resultater"
        return f"{number} resultat" if self.count == 1 else f"{number} resultater"


def _outcome(request, query, documents, text, corrected=""):
    return Outcome(query, paginate(request, Results(documents, text)), corrected)


def find(request, form):
    """The requested page of results for the form's words and filters; when the words find
    nothing, the results of the closest known words instead (with `corrected` set)."""
    text = form.query
    if not text and not form.is_filtered:
        return Outcome(text)
    # The index leaves restricted pages out already; checked again here, so a result never
    # waits for the index to catch up with a new restriction.
    documents = form.filter(public_pages(SearchDocument.objects.all(), via="page__"))
    outcome = _outcome(request, text, documents, text)
    if outcome.count or not text:
        return outcome
    corrected = lexicon.corrected(text)
    if corrected:
        instead = _outcome(request, text, documents, corrected, corrected)
        if instead.count:
            return instead
    return outcome


def _prefix_query(text):
    """ "ledelse på afs" -> 'ledelse':* & 'på':* & 'afs':*, from letters only (so nothing the
    reader types can break the tsquery syntax)."""
    words = lexicon.QUERY_WORD.findall(text.lower())[:6]
    if not words:
        return None
    prefixes = " & ".join(f"{word}:*" for word in words)
    return SearchQuery(prefixes, search_type="raw", config="simple")


def _newest_with_title_words(text):
    query = _prefix_query(text)
    if query is None:
        return []
    documents = public_pages(SearchDocument.objects.all(), via="page__")
    documents = documents.select_related("page").only(
        "title", "kind", "page__url_path", "page__depth"
    )
    # Newest first, not ranked: a short prefix ("le") matches most titles, and the newest
    # are found by walking the date index instead of ranking them all.
    return list(documents.filter(title_words=query).order_by(*NEWEST_FIRST)[:SUGGESTIONS])


def suggestion_documents(text):
    """Up to eight pages, newest first, whose title has words starting with what the reader
    has typed; when none has, the same for the closest known words (a typo while typing)."""
    if len(text) < MIN_SUGGEST_CHARS:
        return []
    found = _newest_with_title_words(text)
    if found:
        return found
    corrected = lexicon.corrected(text)
    return _newest_with_title_words(corrected) if corrected else []
