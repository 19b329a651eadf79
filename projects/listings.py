"""Querysets for the lists of articles and projects, with everything a card shows fetched up
front: a list costs the same few queries whether it shows 3 items or 100."""

from django.db.models import BooleanField, ExpressionWrapper, F, Prefetch, Q
from wagtail.images import get_image_model

from lederweb.restrictions import public_pages, restricted


def with_images(queryset, field="image"):
    """The image and its stored renditions in two queries, whatever the list's length."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def with_markings(queryset):
    from lederweb.models import SectionPage

    sections = SectionPage.objects.only("number")
    return queryset.prefetch_related(Prefetch("vaeksthuse", queryset=sections))


def article_cards(queryset):
    # The project's name only when anyone may see the project (lederweb/restrictions.py).
    shown = Q(project__live=True) & ~restricted(via="project__")
    queryset = queryset.select_related("project").annotate(
        project_is_public=ExpressionWrapper(shown, output_field=BooleanField())
    )
    return with_images(with_markings(queryset)).order_by("-date", "-pk")


def project_cards(queryset):
    return with_markings(queryset).order_by(F("start_date").desc(nulls_last=True), "title")


def newest_articles(limit=4, section=None):
    from projects.models import ArticlePage

    articles = public_pages(ArticlePage.objects.live())
    if section is not None:
        articles = articles.filter(vaeksthuse=section)
    return article_cards(articles)[:limit]


def newest_projects(limit=3, section=None):
    from projects.models import ProjectPage

    projects = public_pages(ProjectPage.objects.live())
    if section is not None:
        projects = projects.filter(vaeksthuse=section)
    return project_cards(projects)[:limit]
