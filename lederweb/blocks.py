from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

PREVIEW = "blocks/preview.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Overskrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"), choices=[("h2", "H2"), ("h3", "H3")], default="h2"
    )

    class Meta:
        template = "blocks/heading_block.html"
        preview_template = PREVIEW
        preview_value = {"text": "En mellemrubrik", "level": "h2"}
        icon = "title"
        label = _("Mellemrubrik")


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        template = "blocks/paragraph_block.html"
        preview_template = PREVIEW
        preview_value = "<p>God ledelse tæt på hverdagen.</p>"
        icon = "pilcrow"
        label = _("Afsnit")
        features = ["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"]


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Billede"))
    caption = blocks.CharBlock(label=_("Billedtekst"), required=False)

    class Meta:
        template = "blocks/figure_block.html"
        preview_template = PREVIEW
        icon = "image"
        label = _("Billede")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citat"))
    attribution = blocks.CharBlock(label=_("Afsender"), required=False)

    class Meta:
        template = "blocks/quote_block.html"
        preview_template = PREVIEW
        preview_value = {"text": "Ledelse er at gå foran.", "attribution": "En leder"}
        icon = "openquote"
        label = _("Citat")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video (YouTube- eller Vimeo-adresse)"))
    title = blocks.CharBlock(label=_("Titel"))
    transcript = blocks.TextBlock(
        label=_("Tekstudgave"), required=False, help_text=_("Tekstudgave af videoens indhold.")
    )

    class Meta:
        template = "blocks/video_block.html"
        preview_template = PREVIEW
        icon = "media"
        label = _("Video")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(label=_("Titel"), required=False)

    class Meta:
        template = "blocks/document_block.html"
        preview_template = PREVIEW
        icon = "doc-full"
        label = _("Dokument til download")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"))
    page = blocks.PageChooserBlock(label=_("Side"), required=False)
    url = blocks.URLBlock(label=_("Eller adresse"), required=False)

    class Meta:
        template = "blocks/call_to_action_block.html"
        preview_template = PREVIEW
        preview_value = {"text": "Hent publikationen", "url": "https://lederweb.dk/"}
        icon = "link"
        label = _("Handlingsknap")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
