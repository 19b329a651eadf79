"""The words of the indexed pages as written (not stemmed, so they can be offered back to the
reader), with how many pages use each: kept in step with the documents by adding and taking
away each changed document's words, and the closest one to an unknown word found through the
trigram index (pg_trgm)."""

import re

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction

from sitesearch.models import SearchWord

# Words of letters only, 3 to 40 of them: numbers, codes and addresses make poor suggestions.
_WORDS_OF_DOCUMENTS = """
    SELECT word.lexeme AS word, count(*) AS documents
    FROM sitesearch_searchdocument document,
         unnest(to_tsvector('simple', document.title || ' ' || document.lead || ' '
                            || document.body)) word
    WHERE document.page_id = ANY(%s)
      AND char_length(word.lexeme) BETWEEN 3 AND 40
      AND word.lexeme ~ '^[[:alpha:]]+$'
    GROUP BY word.lexeme
"""
_ALL_WORDS = """
    SELECT word, ndoc FROM ts_stat(
        'SELECT to_tsvector(''simple'', title || '' '' || lead || '' '' || body)
         FROM sitesearch_searchdocument')
    WHERE char_length(word) BETWEEN 3 AND 40 AND word ~ '^[[:alpha:]]+$'
"""
# One writer at a time: two publishes touching the same words would otherwise wait on each
# other's rows in different orders.
_LOCK_KEY = 0x5EA4C4
QUERY_WORD = re.compile(r"[^\W\d_]+")
MAX_CORRECTED_WORDS = 5


def _lock(cursor):
    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])


def add(page_ids):
    """Counts the words of these pages' documents (just written)."""
    with transaction.atomic(), connection.cursor() as cursor:
        _lock(cursor)
        cursor.execute(
            f"""INSERT INTO sitesearch_searchword (word, documents)
                {_WORDS_OF_DOCUMENTS} ORDER BY word
                ON CONFLICT (word) DO UPDATE
                SET documents = sitesearch_searchword.documents + EXCLUDED.documents""",  # noqa: S608 - constant SQL
            [list(page_ids)],
        )


def remove(page_ids):
    """Stops counting the words of these pages' documents (about to change or go)."""
    with transaction.atomic(), connection.cursor() as cursor:
        _lock(cursor)
        cursor.execute(
            f"""UPDATE sitesearch_searchword counted
                SET documents = counted.documents - gone.documents
                FROM ({_WORDS_OF_DOCUMENTS}) gone
                WHERE counted.word = gone.word
                RETURNING counted.word, counted.documents""",  # noqa: S608 - constant SQL
            [list(page_ids)],
        )
        unused = [word for word, documents in cursor.fetchall() if documents <= 0]
        if unused:
            cursor.execute("DELETE FROM sitesearch_searchword WHERE word = ANY(%s)", [unused])


def rebuild():
    """Counts every word of every document afresh."""
    with transaction.atomic(), connection.cursor() as cursor:
        _lock(cursor)
        cursor.execute("DELETE FROM sitesearch_searchword")
        cursor.execute(f"INSERT INTO sitesearch_searchword (word, documents) {_ALL_WORDS}")  # noqa: S608


def closest(word):
    """The indexed word most like `word` (by shared trigrams), the more common on a tie."""
    return (
        SearchWord.objects.filter(word__trigram_similar=word)
        .annotate(similarity=TrigramSimilarity("word", word))
        .order_by("-similarity", "-documents", "word")
        .values_list("word", flat=True)
        .first()
    )


# The query's words that the index does not know and that would count in a search (not a
# stopword such as "og", which the Danish configuration drops anyway).
_UNKNOWN_WORDS = """
    SELECT asked.word FROM unnest(%s::text[]) AS asked(word)
    WHERE NOT EXISTS (SELECT 1 FROM sitesearch_searchword known WHERE known.word = asked.word)
      AND numnode(plainto_tsquery('danish', asked.word)) > 0
    ORDER BY asked.word
"""


def unknown_words(words):
    with connection.cursor() as cursor:
        cursor.execute(_UNKNOWN_WORDS, [sorted(words)])
        return [word for (word,) in cursor.fetchall()]


def corrected(text):
    """The query with each word the index does not know replaced by the closest word it does
    know; None when every word is known or nothing close was found."""
    words = {word.lower() for word in QUERY_WORD.findall(text)}
    unknown = unknown_words(words)[:MAX_CORRECTED_WORDS]
    replacements = {word: closest(word) for word in unknown}
    replacements = {word: other for word, other in replacements.items() if other}
    if not replacements:
        return None
    return QUERY_WORD.sub(lambda match: replacements.get(match[0].lower(), match[0]), text)
