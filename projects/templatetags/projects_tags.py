from django import template
from wagtail.models import Page

from lederweb.restrictions import public_pages
from projects.listings import article_cards, project_cards
from projects.models import ArticlePage, IdeaCollectionPage, ProgrammePage, ProjectPage, ToolPage

register = template.Library()


@register.filter
def page_type(page):
    """ "Værktøj", "Publikation" …: the verbose name of a plain Page's specific type, read
    from the content-type cache, so a list of products costs no extra query."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.simple_tag
def newest_articles(limit=4, section=None):
    """The newest articles (marked for `section`, when given), for the front and section
    pages: {% newest_articles 6 as articles %}. A list, so slicing it costs no query."""
    return list(article_cards(ArticlePage.public_for(section))[:limit])


@register.simple_tag
def newest_projects(limit=4, section=None):
    """The newest projects marked for `section`, for its section page."""
    return project_cards(ProjectPage.public_for(section))[:limit]


@register.simple_tag
def newest_tools(limit=4):
    """The newest tools, idea collections and programmes, for the front page: a query for
    the pages and one for each of the three types shown."""
    tools = Page.objects.live().type(ToolPage, IdeaCollectionPage, ProgrammePage)
    newest = public_pages(tools).order_by("-first_published_at", "-pk")
    return newest.specific()[:limit]
