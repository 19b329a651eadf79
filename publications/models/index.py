from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from lederweb.filters import ThemeFilterForm
from lederweb.models import BasePage
from lederweb.pagination import paginate
from lederweb.restrictions import public_pages
from publications.models.publication import PublicationPage

PER_PAGE = 12


class PublicationIndexPage(BasePage):
    """/udgivelser/: every publication, newest first, filtered by Væksthus and theme."""

    parent_page_types = ["lederweb.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1
    template = "pages/publication_index_page.html"

    class Meta:
        verbose_name = _("Oversigt over udgivelser")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the cached listing (keyed on the address) has expired.
        context["listing"] = SimpleLazyObject(lambda: self.listing_context(request))
        return context

    def listing_context(self, request):
        filters = ThemeFilterForm(request.GET)
        publications = filters.filter(public_pages(PublicationPage.objects.live()).for_listing())
        page = paginate(request, publications, PER_PAGE)
        return {"filters": filters, "publications": page}
