from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from lederweb.blocks import BodyBlock
from lederweb.models import MarkedPage


class ProjectPage(MarkedPage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Indhold"))

    search_fields = [*MarkedPage.search_fields, index.SearchField("body")]
    content_panels = [*MarkedPage.content_panels, FieldPanel("body"), *MarkedPage.marking_panels]
    template = "pages/project_page.html"

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekter")
