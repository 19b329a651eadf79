"""What a page says, as plain text for the index: found from the page model's own fields, so
every page type (and any added later) is searchable without registering anything.

The body is every editable text field the page model adds to Wagtail's Page (StreamFields,
rich text, plain text), then the text of its inline children (ideas, partners), then the
text of the PDFs it links to. Choices, slugs, addresses and editors' comments are left out."""

import datetime
import re

from django.db import models
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from sitesearch.highlight import strip_markers

# A PDF can be hundreds of pages; past this the words add little and the vector grows.
MAX_BODY_CHARS = 300_000
LEAD_FIELD = "introduction"
NOT_TEXT = (models.URLField, models.EmailField, models.SlugField)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text):
    """PostgreSQL text holds no NUL, and the highlight markers must come only from
    ts_headline."""
    return strip_markers(_CONTROL.sub(" ", text))


def block_texts(block, value):
    """Wagtail's searchable content of a block, without the labels of choices (a heading's
    "H2")."""
    if isinstance(block, blocks.ChoiceBlock) or value is None:
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in block_texts(child, value.get(name))
        ]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_texts(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_texts(block.child_block, item)]
    return block.get_searchable_content(value)


def field_texts(field, value):
    if not value:
        return []
    if isinstance(field, StreamField):
        return [str(text) for text in block_texts(field.stream_block, value)]
    if hasattr(field, "get_searchable_content"):  # RichTextField: tags stripped
        return [str(text) for text in field.get_searchable_content(value)]
    if isinstance(field, NOT_TEXT) or field.choices:
        return []
    if isinstance(field, models.CharField | models.TextField):
        return [str(value)]
    return []


def own_fields(model):
    """The editable fields a page model adds to Wagtail's Page."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.model is not Page and field.editable and field.name != LEAD_FIELD
    ]


def child_relations(model):
    # Wagtail's own children of a page (editors' comments) are not content.
    return [
        relation
        for relation in get_all_child_relations(model)
        if not relation.related_model._meta.app_label.startswith("wagtail")
    ]


def _object_texts(instance, fields):
    for field in fields:
        yield from field_texts(field, field.value_from_object(instance))


def page_body(page, document_texts=()):
    parts = list(_object_texts(page, own_fields(type(page))))
    for relation in child_relations(type(page)):
        child_fields = [
            field
            for field in relation.related_model._meta.concrete_fields
            if not field.is_relation and field.editable
        ]
        for child in getattr(page, relation.get_accessor_name()).all():
            parts.extend(_object_texts(child, child_fields))
    parts.extend(document_texts)
    return clean("\n".join(part for part in parts if part))[:MAX_BODY_CHARS]


def page_lead(page):
    return clean(getattr(page, LEAD_FIELD, "") or "")


def page_date(page):
    """The date a reader knows the page by: an article's date, an event's or a project's
    start, a publication's year; else when it was first published."""
    for name in ("date", "start", "start_date"):
        value = getattr(page, name, None)
        if isinstance(value, datetime.datetime):
            return timezone.localdate(value)
        if isinstance(value, datetime.date):
            return value
    year = getattr(page, "year", None)  # a publication's year of publication
    if isinstance(year, int):
        return datetime.date(year, 1, 1)
    published = page.first_published_at or page.last_published_at
    return timezone.localdate(published) if published else None


def page_sections(page):
    """The Væksthuse (1–3) a page is marked with; a Væksthus's own page belongs to itself."""
    if hasattr(page, "vaeksthuse"):
        return sorted(section.number for section in page.vaeksthuse.all())
    number = getattr(page, "number", None)
    return [number] if isinstance(number, int) else []
