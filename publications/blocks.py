from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from lederweb.blocks import PREVIEW


class ChapterBlock(blocks.StructBlock):
    """One chapter of a publication's reading edition, served on a page of its own."""

    title = blocks.CharBlock(label=_("Kapiteltitel"), max_length=200)
    body = blocks.RichTextBlock(
        label=_("Tekst"), features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )

    class Meta:
        template = "components/publication_chapter.html"
        preview_template = PREVIEW
        preview_value = {"title": "Kapitel 1", "body": "<p>Kapitlets tekst.</p>"}
        icon = "doc-full"
        label = _("Kapitel")


class ReadingEditionBlock(blocks.StreamBlock):
    chapter = ChapterBlock()
