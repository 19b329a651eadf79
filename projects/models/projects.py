from functools import cache, reduce
from operator import or_

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import ForeignKey, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from lederweb.blocks import BodyBlock
from lederweb.filters import MarkingFilterForm
from lederweb.models import BasePage, MarkedPage
from lederweb.restrictions import public_pages
from projects.listings import project_cards
from projects.models.articles import ArticlePage


class ProjectIndexPage(BasePage):
    """/projekter/: every project, ongoing and finished, filterable by Væksthus."""

    parent_page_types = ["lederweb.HomePage"]
    subpage_types = [
        "projects.ProjectPage",
        "projects.ToolPage",
        "projects.IdeaCollectionPage",
        "projects.ProgrammePage",
    ]
    max_count = 1
    template = "pages/project_index_page.html"

    class Meta:
        verbose_name = _("Projektoversigt")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = MarkingFilterForm(request.GET)
        projects = list(project_cards(form.filter(public_pages(ProjectPage.objects.live()))))
        context.update(
            filter_form=form,
            ongoing=[p for p in projects if p.status == ProjectPage.Status.ONGOING],
            finished=[p for p in projects if p.status == ProjectPage.Status.FINISHED],
        )
        return context


@cache
def product_models():
    """Every page model with a `project` foreign key to ProjectPage: the articles, tools, idea
    collections and programmes here, and whatever other apps (publications, events) declare
    with `project = ForeignKey("projects.ProjectPage", ...)`. No registration needed."""
    found = []
    for model in get_page_models():
        try:
            field = model._meta.get_field("project")
        except FieldDoesNotExist:
            continue
        if isinstance(field, ForeignKey) and issubclass(field.related_model, ProjectPage):
            found.append(model)
    return found


class ProjectPage(MarkedPage):
    class Status(models.TextChoices):
        ONGOING = "igangvaerende", _("Igangværende")
        FINISHED = "afsluttet", _("Afsluttet")

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Indhold"))
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ONGOING
    )
    start_date = models.DateField(_("Startdato"), null=True, blank=True)
    end_date = models.DateField(_("Slutdato"), null=True, blank=True)

    search_fields = [*MarkedPage.search_fields, index.SearchField("body")]
    content_panels = [
        *MarkedPage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Status og periode"),
        ),
        *MarkedPage.marking_panels,
        InlinePanel("contacts", label=_("Kontaktpersoner")),
        InlinePanel("partners", label=_("Partnerorganisationer")),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = ["projects.ToolPage", "projects.IdeaCollectionPage", "projects.ProgrammePage"]
    template = "pages/project_page.html"
    listing_date_field = "start_date"

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekter")

    @property
    def period_label(self):
        """ "2012–2013", "Fra 2013" or "" as the project page and cards show it."""
        start = self.start_date.year if self.start_date else None
        end = self.end_date.year if self.end_date else None
        if start and end:
            return str(start) if start == end else f"{start}–{end}"
        if start:
            return f"Fra {start}"
        return f"Til {end}" if end else ""

    def produced_pages(self):
        """Every live page this project produced, as plain Page objects (one query).

        Hook: any page model with a `project` ForeignKey to ProjectPage is found by
        `product_models()` and listed here automatically, so the publications and events apps
        need do nothing more than declare that field."""
        conditions = [
            Q(pk__in=model.objects.filter(project=self).values("pk")) for model in product_models()
        ]
        if not conditions:
            return Page.objects.none()
        return public_pages(Page.objects.live()).filter(reduce(or_, conditions)).order_by("title")

    def products_beside(self, article, limit=4):
        """What an article of this project links to across kinds: the project's other live,
        public pages (publications, tools, events …), newest first. A model narrows its own
        with a classmethod `beside_article(queryset, article)` (events: upcoming or held near
        the article's date, as a launch event is)."""
        conditions = []
        for model in product_models():
            if isinstance(article, model):
                continue
            pages = model.objects.filter(project=self)
            if hasattr(model, "beside_article"):
                pages = model.beside_article(pages, article)
            conditions.append(Q(pk__in=pages.values("pk")))
        if not conditions:
            return Page.objects.none()
        pages = public_pages(Page.objects.live()).filter(reduce(or_, conditions))
        return pages.order_by("-first_published_at", "-pk")[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            articles=public_pages(ArticlePage.objects.live())
            .filter(project=self)
            .order_by("-date"),
            products=self.produced_pages().not_type(ArticlePage),
            contacts=self.contacts.select_related("contact"),
        )
        return context
