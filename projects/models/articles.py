import datetime

from django.db import models
from django.db.models import Case, Q, When
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from lederweb.blocks import BodyBlock
from lederweb.feeds import ArticleFeedRoutes
from lederweb.models import BasePage, MarkedPage
from lederweb.pagination import paginate, requested_page_number
from lederweb.restrictions import public_pages
from lederweb.seo import absolute_url
from lederweb.structured_data import common, organization, person
from lederweb.themes import with_urls
from projects.fields import project_link
from projects.listings import article_cards
from projects.reading import reading_minutes
from stats.counting import read_article

RELATED_COUNT = 3


class ArticleIndexPage(ArticleFeedRoutes, BasePage):
    """/artikler/: newest first, ten a page, filtered by Væksthus, project, theme and year;
    /artikler/rss/ and /artikler/atom/: the feeds."""

    parent_page_types = ["lederweb.HomePage"]
    subpage_types = ["projects.ArticlePage"]
    max_count = 1
    template = "pages/article_index_page.html"
    site_feeds = True

    class Meta:
        verbose_name = _("Artikeloversigt")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the cached listing (keyed on the address) has expired.
        context["listing"] = SimpleLazyObject(lambda: self.listing_context(request))
        context["page_number"] = requested_page_number(request)
        return context

    def listing_context(self, request):
        from projects.filters import ArticleFilterForm  # exception E1 (docs/architecture.md)

        form = ArticleFilterForm(request.GET)
        articles = article_cards(form.filter(public_pages(ArticlePage.objects.live())))
        return {"filter_form": form, "articles": paginate(request, articles)}

    def route(self, request, path_components):
        # The article in one query, instead of Page's two (the base row, then the specific).
        if len(path_components) == 1 and not self.is_subpage_path(path_components):
            article = ArticlePage.objects.child_of(self).live().filter(slug=path_components[0])
            article = article.first()
            if article is not None:
                return article.route(request, [])
        return super().route(request, path_components)

    def is_subpage_path(self, path_components):
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    @path("")
    def listing(self, request):
        return self.render(request)


class ArticlePage(MarkedPage):
    in_feeds = True  # the page type the article feeds carry (lederweb/feeds.py)

    date = models.DateField(_("Udgivelsesdato"), default=datetime.date.today)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Billede"),
        help_text=_("Billedets alternative tekst skrives i billedets beskrivelse."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Indhold"))
    project = project_link(related_name="articles")
    author = models.ForeignKey(
        "projects.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Forfatter (kontaktperson)"),
    )
    author_name = models.CharField(
        _("Forfatter"), max_length=200, blank=True, help_text=_("Bruges, hvis ingen er valgt.")
    )
    author_role = models.CharField(_("Forfatterens rolle"), max_length=200, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(_("Læsetid i minutter"), default=1)

    search_fields = [*MarkedPage.search_fields, index.SearchField("body")]
    content_panels = [
        *MarkedPage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("project")]),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("author_name"), FieldPanel("author_role")],
            heading=_("Forfatter"),
        ),
        *MarkedPage.marking_panels,
    ]
    parent_page_types = ["projects.ArticleIndexPage"]
    subpage_types = []
    template = "pages/article_page.html"
    listing_date_field = "date"
    share_image_field = "image"
    og_type = "article"

    class Meta:
        verbose_name = _("Artikel")
        verbose_name_plural = _("Artikler")

    def save(self, *args, **kwargs):
        # Stored, not computed per request: lists show it too, and the body is parsed once.
        self.reading_minutes = reading_minutes(self.body, self.title, self.introduction)
        super().save(*args, **kwargs)

    @property
    def author_box(self):
        """Name, role and organisation of the author: the contact if chosen, else the text."""
        if self.author:
            return {
                "name": self.author.name,
                "role": self.author.role,
                "organisation": self.author.organisation,
            }
        if self.author_name:
            return {"name": self.author_name, "role": self.author_role, "organisation": ""}
        return None

    def structured_data(self, request):
        publisher = organization(request)
        author = self.author_box
        article = common(
            self,
            request,
            "Article",
            headline=self.seo_title or self.title,
            datePublished=self.date,
            dateModified=self.last_published_at or self.date,
            author=person(author) if author else publisher,
            publisher=publisher,
            mainEntityOfPage=absolute_url(self, request),
        )
        return [*super().structured_data(request), article]

    def feed_links(self, request):
        index = ArticleIndexPage.objects.parent_of(self).first()
        return index.feed_links(request) if index else []

    def related_articles(self, themes=None):
        """ "Andre læser også": the newest articles of the same project or a shared theme,
        then of the same Væksthus, then the newest, so the box is never empty while there are
        other articles. Which articles a reader read together is never recorded (no cookies,
        nothing kept about who read what), so there is no co-reading to rank by."""
        theme_ids = [theme.pk for theme in (self.themes.all() if themes is None else themes)]
        close = Q(themes__in=theme_ids) if theme_ids else Q(pk__in=[])
        if self.project_id:
            close |= Q(project_id=self.project_id)
        others = public_pages(ArticlePage.objects.live()).exclude(pk=self.pk)
        same_vaeksthus = others.filter(vaeksthuse__in=self.vaeksthuse.values("pk"))
        ranked = others.annotate(
            closeness=Case(
                When(pk__in=others.filter(close).values("pk"), then=0),
                When(pk__in=same_vaeksthus.values("pk"), then=1),
                default=2,
            )
        )
        return article_cards(ranked).order_by("closeness", "-date", "-pk")[:RELATED_COUNT]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Counted here, not in the cached template: every served read counts, and the
        # answer (the total and the popularity generation) costs no further lookup.
        response.context_data["reads"] = read_article(request, self, response)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Evaluated by the template only when its cached fragment has expired.
        context["details"] = SimpleLazyObject(self._details)
        return context

    def _details(self):
        themes = with_urls(self.themes.all())  # each with the address of its theme page
        return {
            "themes": themes,
            "marking_label": self.marking_label,
            "related_articles": list(self.related_articles(themes)),
            "project": self.project,
            "project_products": list(self.project.products_beside(self)) if self.project else [],
            "image": self.image,
        }
