from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F
from django.utils.formats import date_format
from wagtail.documents import get_document_model_string

from sitesearch import kinds
from sitesearch.highlight import highlighted

DATED_KINDS = {"artikel", "arrangement"}
NEWEST = (F("date").desc(nulls_last=True), F("page").desc())


class SearchDocument(models.Model):
    """One row per live page, flattened for searching: a search is then one indexed query on
    one table, whatever the page types. Written only by sitesearch.indexing."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    kind = models.CharField(max_length=20)
    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    vaeksthuse = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)
    board = models.BooleanField(default=False)
    year = models.PositiveSmallIntegerField(null=True)
    date = models.DateField(null=True)
    # Danish stems: of everything (weighted title A, lead B, body C), of the title, and of
    # title and lead, which rank the results (sitesearch/search.py); the two small ones stay
    # in the row, where checking them is cheap. And the title's words as written, which the
    # suggestions complete while the reader types (a stem is no prefix of what is typed:
    # "ledel" is not a prefix of "led", the stem of "ledelse").
    search_vector = SearchVectorField(null=True)
    title_vector = SearchVectorField(null=True)
    title_lead_vector = SearchVectorField(null=True)
    title_words = SearchVectorField(null=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            GinIndex(fields=["search_vector"], name="sitesearch_vector"),
            GinIndex(fields=["title_vector"], name="sitesearch_title_vector"),
            GinIndex(fields=["title_lead_vector"], name="sitesearch_title_lead_vector"),
            GinIndex(fields=["title_words"], name="sitesearch_title_words"),
            # Newest first, also within a type or a year: a common word's best matches are
            # found by walking these.
            models.Index(*NEWEST, name="sitesearch_newest"),
            models.Index("kind", *NEWEST, name="sitesearch_kind_newest"),
            models.Index("year", *NEWEST, name="sitesearch_year_newest"),
        ]

    def __str__(self):
        return self.title

    @property
    def kind_label(self):
        return kinds.label(self.kind)

    @property
    def date_label(self):
        """ "19. december 2012" for articles and events, the year for the rest."""
        if self.date and self.kind in DATED_KINDS:
            return date_format(self.date, "j. F Y")
        return str(self.year or "")

    @property
    def snippet_html(self):
        """The marked snippet of a search (the `snippet` annotation), else the lead."""
        snippet = getattr(self, "snippet", None)
        return highlighted(snippet) if snippet is not None else self.lead


class SearchWord(models.Model):
    """Every word of the indexed text as written, with the number of pages it occurs in: where a
    query word is unknown, the closest of these (by trigrams) is offered instead."""

    word = models.CharField(max_length=40, primary_key=True)
    documents = models.PositiveIntegerField()

    class Meta:
        indexes = [GinIndex(OpClass("word", name="gin_trgm_ops"), name="sitesearch_word_trgm")]

    def __str__(self):
        return self.word


class DocumentText(models.Model):
    """The text of an uploaded PDF, extracted once per file (by a Celery worker: a long PDF
    takes seconds, which publishing must not wait for)."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    file_name = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    extracted_at = models.DateTimeField(auto_now=True)
    # Why the file could not be read (too slow, unreadable); set once, so it is not retried
    # until a new file replaces it.
    failure = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return self.file_name
