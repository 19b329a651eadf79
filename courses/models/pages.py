from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from courses.blocks import LessonBodyBlock, QuizBlock
from lederweb.blocks import BodyBlock
from lederweb.models import BasePage, MarkedPage
from lederweb.restrictions import public_pages
from projects.fields import project_link


class CourseIndexPage(BasePage):
    """/e-kurser/: every course."""

    parent_page_types = ["lederweb.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    template = "pages/course_index_page.html"

    class Meta:
        verbose_name = _("Oversigt over e-kurser")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = public_pages(CoursePage.objects.child_of(self).live()).specific()
        return context


class CoursePage(RoutablePageMixin, MarkedPage):
    """A course: modules with lessons below it; marked with Væksthuse and themes like all
    content, so it is found in search, on the section and theme pages and in the newsletter."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Om kurset"))
    project = project_link()

    search_fields = [*MarkedPage.search_fields, index.SearchField("body")]
    content_panels = [
        *MarkedPage.content_panels,
        FieldPanel("body"),
        FieldPanel("project"),
        *MarkedPage.marking_panels,
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "pages/course_page.html"

    class Meta:
        verbose_name = _("E-kursus")
        verbose_name_plural = _("E-kurser")

    def modules(self):
        return public_pages(ModulePage.objects.child_of(self).live()).order_by("path")

    def lessons(self):
        """The course's lessons anyone may see, in the order of the tree."""
        return public_pages(LessonPage.objects.descendant_of(self).live()).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from courses.views.lessons import course_context  # exception E1

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request, self))
        return context

    @path("fortsaet/", name="resume")
    def resume_route(self, request):
        from courses.views.lessons import resume  # exception E1

        return resume(request, self)

    # Served at …/kursusbevis.pdf (lederweb.restrictions.serve_file_route adds the slash).
    @path("kursusbevis.pdf/", name="certificate")
    def certificate_route(self, request):
        from courses.views.lessons import certificate  # exception E1

        return certificate(request, self)


class ModulePage(BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Indhold"))

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    template = "pages/course_module_page.html"

    class Meta:
        verbose_name = _("Kursusmodul")
        verbose_name_plural = _("Kursusmoduler")

    def lessons(self):
        return public_pages(LessonPage.objects.child_of(self).live()).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from courses.views.lessons import module_context  # exception E1

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(request, self))
        return context


class LessonPage(RoutablePageMixin, BasePage):
    """A lesson: text, video, images, a task sheet, a reflection exercise (kept for the
    participant alone) and an optional quiz."""

    body = StreamField(LessonBodyBlock(), blank=True, verbose_name=_("Indhold"))
    task_sheet = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Opgaveark"),
    )
    task_sheet_for_groups = models.BooleanField(
        _("Opgavearket er til gruppemøder"),
        default=False,
        help_text=_("Vises også på ledergruppernes fælles oversigt."),
    )
    exercise = models.TextField(
        _("Refleksionsøvelse"),
        blank=True,
        help_text=_("Spørgsmålet, deltageren skriver sit svar til. Svaret ses kun af deltageren."),
    )
    quiz = StreamField(QuizBlock(), blank=True, verbose_name=_("Quiz"))
    pass_mark = models.PositiveSmallIntegerField(
        _("Beståelseskrav (procent rigtige)"),
        null=True,
        blank=True,
        help_text=_("Tom: quizzen skal blot besvares for at gå videre."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("exercise"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("task_sheet"), FieldPanel("task_sheet_for_groups")],
            heading=_("Opgaveark"),
        ),
        FieldPanel("exercise"),
        MultiFieldPanel([FieldPanel("quiz"), FieldPanel("pass_mark")], heading=_("Quiz")),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "pages/course_lesson_page.html"

    class Meta:
        verbose_name = _("Lektion")
        verbose_name_plural = _("Lektioner")

    def questions(self):
        return [block for block in self.quiz if block.block_type == "question"]

    def get_context(self, request, *args, **kwargs):
        from courses.views.lessons import lesson_context  # exception E1

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, self, context))
        return context

    @path("refleksion/", name="exercise")
    def exercise_route(self, request):
        from courses.views.lessons import save_exercise  # exception E1

        return save_exercise(request, self)

    @path("quiz/", name="quiz")
    def quiz_route(self, request):
        from courses.views.lessons import answer_quiz  # exception E1

        return answer_quiz(request, self)
