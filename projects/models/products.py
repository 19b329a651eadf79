"""What projects produce besides articles: tools, idea collections and programmes. Each has a
`project` foreign key, which is how its project page lists it (ProjectPage.produced_pages)."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from lederweb.blocks import BodyBlock, DocumentBlock, VideoBlock
from lederweb.listings import with_images
from lederweb.models import BasePage
from projects.fields import project_link

PRODUCT_PARENTS = ["projects.ProjectPage", "projects.ProjectIndexPage"]


class ProductPage(BasePage):
    project = project_link()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Indhold"))

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("project"), FieldPanel("body")]
    parent_page_types = PRODUCT_PARENTS
    subpage_types = []

    class Meta:
        abstract = True


class ToolPage(ProductPage):
    """An online tool like "Ledere der lærer sammen": videos with captions and task sheets."""

    videos = StreamField([("video", VideoBlock())], blank=True, verbose_name=_("Videoer"))
    task_sheets = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name=_("Opgaveark til download"),
    )

    content_panels = [*ProductPage.content_panels, FieldPanel("videos"), FieldPanel("task_sheets")]
    template = "pages/tool_page.html"

    class Meta:
        verbose_name = _("Værktøj")
        verbose_name_plural = _("Værktøjer")


class ProgrammePage(ProductPage):
    """A programme like "Fra medarbejder til leder": who it is for, its course, who took part
    and what they thought of it."""

    audience = models.TextField(_("Målgruppe"))
    course = StreamField(BodyBlock(), blank=True, verbose_name=_("Forløbet"))
    participants = models.PositiveIntegerField(_("Antal deltagere"), null=True, blank=True)
    municipalities = models.PositiveIntegerField(_("Antal kommuner"), null=True, blank=True)
    participant_note = models.TextField(
        _("Om deltagerne"), blank=True, help_text=_("Fx sektorer og kommuner.")
    )
    evaluation = RichTextField(
        _("Evaluering"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = [
        *ProductPage.content_panels,
        FieldPanel("audience"),
        FieldPanel("course"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("participants"), FieldPanel("municipalities")]),
                FieldPanel("participant_note"),
            ],
            heading=_("Deltagere"),
        ),
        FieldPanel("evaluation"),
    ]
    template = "pages/programme_page.html"

    class Meta:
        verbose_name = _("Forløb")
        verbose_name_plural = _("Forløb")


class IdeaCollectionPage(RoutablePageMixin, ProductPage):
    """A collection like the mobile site "Innovative gaver": one idea per screen, each idea at
    its own address (…/<n>/) with previous and next links."""

    content_panels = [*ProductPage.content_panels, InlinePanel("ideas", label=_("Idéer"))]
    template = "pages/idea_collection_page.html"

    class Meta:
        verbose_name = _("Idésamling")
        verbose_name_plural = _("Idésamlinger")

    def ordered_ideas(self):
        # Ideas made in code may share a sort order; the id keeps their numbers stable.
        return self.ideas.order_by("sort_order", "pk")

    def sitemap_subpaths(self):
        """Each idea has an address of its own."""
        count = self.ideas.count()
        return [self.reverse_subpage("idea", args=[n]) for n in range(1, count + 1)]

    def idea_url(self, number):
        return self.url + self.reverse_subpage("idea", args=[number])

    @path("")
    def overview(self, request):
        return self.render(request, context_overrides={"ideas": self.ordered_ideas()})

    @path("<int:number>/")
    def idea(self, request, number):
        count = self.ideas.count()
        if not 1 <= number <= count:
            raise Http404
        idea = with_images(self.ordered_ideas())[number - 1]
        return self.render(
            request,
            template="pages/idea_page.html",
            context_overrides={
                "idea": idea,
                "number": number,
                "count": count,
                "previous_url": self.idea_url(number - 1) if number > 1 else None,
                "next_url": self.idea_url(number + 1) if number < count else None,
            },
        )


class Idea(Orderable):
    class Kind(models.TextChoices):
        IMAGE = "billede", _("Billede")
        GRAPHIC = "grafik", _("Grafik")
        FILM = "film", _("Film")

    page = ParentalKey(IdeaCollectionPage, related_name="ideas", on_delete=models.CASCADE)
    title = models.CharField(_("Titel"), max_length=200)
    kind = models.CharField(_("Type"), max_length=10, choices=Kind.choices, default=Kind.IMAGE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Billede eller grafik"),
    )
    video_url = models.URLField(_("Film (YouTube- eller Vimeo-adresse)"), blank=True)
    text = RichTextField(_("Tekst"), features=["bold", "italic", "link", "ul", "ol"])

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("image"),
        FieldPanel("video_url"),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Idé")
        verbose_name_plural = _("Idéer")

    def __str__(self):
        return self.title
