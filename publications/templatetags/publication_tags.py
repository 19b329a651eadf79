from django import template

register = template.Library()

NEWEST = 3


@register.inclusion_tag("components/publication_list.html", takes_context=True)
def newest_publications(context, section, count=NEWEST):
    """The newest publications marked with this Væksthus, for its section page."""
    from publications.models import PublicationPage

    publications = PublicationPage.objects.live().for_listing().filter(vaeksthuse=section)
    return {
        "publications": publications[:count],
        "section": section,
        "request": context.get("request"),
    }
