"""Small builders for the projects tests: pages are added where the site tree puts them."""

import datetime
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from lederweb.demo import ensure_child, paragraphs
from lederweb.models import HomePage, SectionPage, Theme
from projects.models import ArticleIndexPage, ArticlePage, ProjectIndexPage, ProjectPage


def article_index():
    return ensure_child(HomePage.objects.get(), ArticleIndexPage, "artikler", title="Artikler")


def project_index():
    return ensure_child(HomePage.objects.get(), ProjectIndexPage, "projekter", title="Projekter")


def section(number):
    return SectionPage.objects.get(number=number)


def theme(name):
    return Theme.objects.get_or_create(name=name)[0]


def small_image(title="Testbillede", alt="En blå flade"):
    buffer = BytesIO()
    PillowImage.new("RGB", (64, 36), "#0b4a6f").save(buffer, "JPEG")
    image = get_image_model()(title=title, description=alt, file=ImageFile(buffer, "test.jpg"))
    image.save()
    return image


def make_project(title, sections=(), status="igangvaerende", board=False, **fields):
    page = ProjectPage(
        title=title,
        status=status,
        board=board,
        vaeksthuse=[section(n) for n in sections],
        **fields,
    )
    project_index().add_child(instance=page)
    return page


def make_article(
    title, date=(2013, 1, 1), sections=(), themes=(), project=None, index=None, **fields
):
    """An article under /artikler/: `index` (the article index), `sections` (numbers or
    SectionPage) and `themes` (names or Theme) may come looked up already."""
    fields.setdefault("body", paragraphs("Et afsnit."))
    page = ArticlePage(
        title=title,
        date=date if isinstance(date, datetime.date) else datetime.date(*date),
        project=project,
        vaeksthuse=[n if isinstance(n, SectionPage) else section(n) for n in sections],
        themes=[name if isinstance(name, Theme) else theme(name) for name in themes],
        **fields,
    )
    (index or article_index()).add_child(instance=page)
    return page


def many_articles(count, start=0, sections=(), themes=(), **fields):
    """`count` articles, one a day from 1 January 2010: the higher the number, the newer. The
    index, sections and themes are looked up once for all of them."""
    first = datetime.date(2010, 1, 1)
    shared = {
        "index": article_index(),
        "sections": [section(n) for n in sections],
        "themes": [theme(name) for name in themes],
    }
    return [
        make_article(
            f"Artikel {n:03d}", date=first + datetime.timedelta(days=n), **shared, **fields
        )
        for n in range(start, start + count)
    ]
