from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from lederweb.confirm_link import TOKEN_PATTERN
from lederweb.models import BasePage, MarkedPage
from lederweb.structured_data import common, organization
from projects.fields import project_link
from publications.blocks import ReadingEditionBlock
from publications.isbn import validate_isbn13
from publications.panels import PublicationSummaryPanel
from publications.pdf import count_pdf_pages
from publications.stock import stock_annotations, stock_from_annotations, stock_of


class PublicationQuerySet(PageQuerySet):
    def with_stock(self):
        return self.annotate(**stock_annotations())

    def for_listing(self):
        """Everything a list of publications shows, in a fixed number of queries."""
        covers = get_image_model().objects.prefetch_renditions()
        return (
            self.with_stock()
            .prefetch_related(models.Prefetch("cover", queryset=covers), "vaeksthuse", "themes")
            .order_by("-year", models.F("first_published_at").desc(nulls_last=True), "-pk")
        )


class PublicationPage(RoutablePageMixin, MarkedPage):
    cover = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Forside (billede)"),
        help_text=_("Husk en beskrivelse (alt-tekst) på billedet."),
    )
    summary = RichTextField(
        _("Resumé"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF"),
    )
    # Counted once when a PDF is chosen or replaced (see refresh_page_count), never per request.
    page_count = models.PositiveIntegerField(_("Antal sider"), null=True, editable=False)
    page_count_source = models.CharField(max_length=255, blank=True, editable=False)
    isbn_print = models.CharField(
        _("ISBN (trykt udgave)"), max_length=17, blank=True, validators=[validate_isbn13]
    )
    isbn_electronic = models.CharField(
        _("ISBN (elektronisk udgave)"), max_length=17, blank=True, validators=[validate_isbn13]
    )
    year = models.PositiveSmallIntegerField(
        _("Udgivelsesår"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    editors = models.CharField(_("Redaktion"), max_length=300, blank=True)
    designer = models.CharField(_("Grafisk design"), max_length=200, blank=True)
    printer = models.CharField(_("Tryk"), max_length=200, blank=True)
    project = project_link()
    reading_edition = StreamField(
        ReadingEditionBlock(),
        blank=True,
        verbose_name=_("Læseudgave (e-publikation)"),
        help_text=_("Kapitlerne vises som en e-bog på …/laes/. Tom: ingen læseudgave."),
    )

    objects = PageManager.from_queryset(PublicationQuerySet)()

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("reading_edition"),
        index.FilterField("year"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("cover"),
        FieldPanel("summary"),
        FieldPanel("document"),
        MultiFieldPanel(
            [FieldPanel("year"), FieldPanel("isbn_print"), FieldPanel("isbn_electronic")],
            heading=_("Udgivelse"),
        ),
        MultiFieldPanel(
            [FieldPanel("editors"), FieldPanel("designer"), FieldPanel("printer")],
            heading=_("Kolofon"),
        ),
        FieldPanel("project"),
        *MarkedPage.marking_panels,
    ]
    print_run_panels = [
        PublicationSummaryPanel(heading=_("Overblik")),
        InlinePanel("print_runs", heading=_("Oplag"), label=_("Oplag")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Indhold")),
            ObjectList(print_run_panels, heading=_("Oplag og lager")),
            ObjectList([FieldPanel("reading_edition")], heading=_("E-publikation")),
            ObjectList(BasePage.promote_panels, heading=_("Promovering")),
            ObjectList(BasePage.settings_panels, heading=_("Indstillinger")),
        ]
    )
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    template = "pages/publication_page.html"
    listing_date_field = "year"
    share_image_field = "cover"
    og_type = "book"

    class Meta:
        verbose_name = _("Udgivelse")
        verbose_name_plural = _("Udgivelser")

    def full_clean(self, *args, **kwargs):
        super().full_clean(*args, **kwargs)
        self.refresh_page_count()

    def refresh_page_count(self):
        """Count the PDF's pages when another file was chosen or uploaded since last time."""
        source = self.document.file.name if self.document_id and self.document else ""
        if source != self.page_count_source:
            self.page_count = count_pdf_pages(self.document) if source else None
            self.page_count_source = source

    def get_context(self, request, *args, **kwargs):
        from publications.forms import OrderForm  # exception E1

        context = super().get_context(request, *args, **kwargs)
        context["stock"] = stock = self.stock()
        if stock.orderable:
            context["form"] = OrderForm()
        return context

    def stock(self):
        if hasattr(self, "copies_printed"):
            return stock_from_annotations(self)
        return stock_of(self.pk)

    def structured_data(self, request):
        """A Book, with the printed and the electronic edition as its work examples."""
        publisher = organization(request)
        editions = [
            {"@type": "Book", "isbn": isbn, "bookFormat": f"https://schema.org/{book_format}"}
            for isbn, book_format in [
                (self.isbn_print, "Paperback"),
                (self.isbn_electronic, "EBook"),
            ]
            if isbn
        ]
        book = common(
            self,
            request,
            "Book",
            author=publisher,
            publisher=publisher,
            datePublished=str(self.year),
            numberOfPages=self.page_count,
            workExample=editions or None,
        )
        return [*super().structured_data(request), book]

    def sitemap_subpaths(self):
        """The reading edition and its chapters are pages of their own."""
        count = len(self.chapters)
        if not count:
            return []
        return [
            self.reverse_subpage("reading_edition_contents"),
            *[
                self.reverse_subpage("reading_edition_chapter", args=[n])
                for n in range(1, count + 1)
            ],
        ]

    @property
    def chapters(self):
        return [block for block in self.reading_edition if block.block_type == "chapter"]

    # Sub-page URLs for the templates (wagtail.contrib.routable_page's template tags would
    # need the app installed for nothing else).
    def subpage_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    @property
    def order_url(self):
        return self.subpage_url("order")

    @property
    def reading_edition_url(self):
        return self.subpage_url("reading_edition_contents")

    def chapter_url(self, number):
        return self.subpage_url("reading_edition_chapter", number)

    @property
    def table_of_contents(self):
        """(number, title, url) of each chapter of the reading edition."""
        return [
            (number, chapter.value["title"], self.chapter_url(number))
            for number, chapter in enumerate(self.chapters, start=1)
        ]

    @path("bestil/")
    def order(self, request):
        from publications.views import order_view  # exception E1

        return order_view(request, self)

    @path("bestil/tak/<uuid:reference>/")
    def order_received(self, request, reference):
        from publications.views import order_received_view  # exception E1

        return order_received_view(request, self, reference)

    @re_path(rf"^bestil/bekraeft/({TOKEN_PATTERN})/$")
    def confirm_order(self, request, token):
        from publications.views import confirm_order_view

        return confirm_order_view(request, self, token)

    @path("laes/")
    def reading_edition_contents(self, request):
        from publications.views import reading_contents_view  # exception E1

        return reading_contents_view(request, self)

    @path("laes/<int:number>/")
    def reading_edition_chapter(self, request, number):
        from publications.views import reading_chapter_view  # exception E1

        return reading_chapter_view(request, self, number)


class PrintRun(Orderable):
    """One printing: the first edition or a reprint. Reprints add rows, never overwrite."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="print_runs")
    printed_on = models.DateField(_("Trykt den"))
    copies = models.PositiveIntegerField(_("Antal eksemplarer"))
    note = models.CharField(_("Note"), max_length=200, blank=True, help_text=_("Fx »genoptryk«."))

    panels = [FieldPanel("printed_on"), FieldPanel("copies"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Oplag")
        verbose_name_plural = _("Oplag")

    def __str__(self):
        return f"{self.copies} eks. {self.printed_on:%d.%m.%Y}"
