"""The lesson's own blocks: an uploaded video with captions (no external host, so the CSP stays
strict) and the quiz's questions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from lederweb.blocks import PREVIEW, BodyBlock


class CourseVideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(label=_("Videofil (MP4 eller WebM)"))
    captions = DocumentChooserBlock(
        label=_("Undertekster (WebVTT, .vtt)"),
        help_text=_("Krævet: alle videoer skal have undertekster (WCAG 2.1 AA)."),
    )
    title = blocks.CharBlock(label=_("Titel"))
    transcript = blocks.TextBlock(label=_("Tekstudgave"), required=False)

    class Meta:
        template = "blocks/course_video_block.html"
        preview_template = PREVIEW
        icon = "media"
        label = _("Video (uploadet, med undertekster)")

    def clean(self, value):
        value = super().clean(value)
        captions = value.get("captions")
        if captions is not None and not captions.file.name.lower().endswith(".vtt"):
            raise StructBlockValidationError(
                {"captions": ValidationError(_("Underteksterne skal være en .vtt-fil."))}
            )
        return value


class LessonBodyBlock(BodyBlock):
    course_video = CourseVideoBlock()


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Svar"))
    correct = blocks.BooleanBlock(label=_("Rigtigt svar"), required=False)
    feedback = blocks.TextBlock(label=_("Tilbagemelding"), required=False)

    class Meta:
        icon = "tick"
        label = _("Svarmulighed")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Spørgsmål"))
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, label=_("Svarmuligheder"))

    class Meta:
        icon = "help"
        label = _("Spørgsmål")
        template = "blocks/quiz_question_block.html"
        preview_template = PREVIEW

    def clean(self, value):
        value = super().clean(value)
        if not any(answer["correct"] for answer in value["answers"]):
            raise StructBlockValidationError(
                {"answers": ValidationError(_("Markér mindst ét rigtigt svar."))}
            )
        return value


class QuizBlock(blocks.StreamBlock):
    question = QuestionBlock()
