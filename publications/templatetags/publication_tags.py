from django import template

from lederweb.restrictions import public_pages
from publications.models import PublicationPage

register = template.Library()

NEWEST = 3


@register.inclusion_tag("components/publication_list.html", takes_context=True)
def newest_publications(context, section=None, count=NEWEST):
    """The newest publications (marked with this Væksthus, when given), for the front and
    section pages."""
    publications = public_pages(PublicationPage.objects.live()).for_listing()
    if section is not None:
        publications = publications.filter(vaeksthuse=section)
    return {
        "publications": publications[:count],
        "section": section,
        "request": context.get("request"),
    }
