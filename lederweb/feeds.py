"""The article feeds: /artikler/rss/ (RSS 2.0) and /artikler/atom/ (Atom) with every article,
and the same two under each Væksthus (/vaeksthuse/topledere/rss/) with the articles marked
for it. One Feed class serves them all, with absolute links on SITE_URL.

The page type the feeds carry (projects.ArticlePage) says so with `in_feeds = True` and is
found, as the theme pages find theirs, so the core names no content app. A feed item has a
`date`, an `introduction`, `themes` and an `author_box`."""

import datetime
from functools import cache

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import get_page_models

from lederweb.restrictions import public_pages
from lederweb.seo import absolute_url

FEED_SIZE = 20
DESCRIPTION = "Nye artikler fra Væksthus for Ledelse om ledelse i kommuner og regioner."
FORMATS = {
    "rss": (Rss201rev2Feed, "RSS"),
    "atom": (Atom1Feed, "Atom"),
}


@cache
def feed_models():
    """The page types the feeds carry (`in_feeds = True`)."""
    return [model for model in get_page_models() if getattr(model, "in_feeds", False)]


def site_feed_links(request):
    """The feeds of the first live page that offers the site's feeds (`site_feeds = True`),
    announced in the head of the front page too."""
    for model in get_page_models():
        if getattr(model, "site_feeds", False):
            # Not announced while the page is restricted (lederweb/restrictions.py).
            page = public_pages(model.objects.live()).order_by("path").first()
            if page is not None:
                return page.feed_links(request)
    return []


class ArticleFeed(Feed):
    language = "da"
    author_name = "Væksthus for Ledelse"

    def __init__(self, page, format_name):
        super().__init__()
        self.page = page
        self.feed_type = FORMATS[format_name][0]

    def __call__(self, request):
        self.request = request
        return super().__call__(request)

    def title(self):
        return f"{self.page.title} | Lederweb"

    def description(self):
        return self.page.introduction or DESCRIPTION

    def link(self):
        return absolute_url(self.page, self.request)

    def feed_url(self):
        return absolute_url(self.request.path)

    def items(self):
        (model,) = feed_models()
        articles = public_pages(model.objects.live())
        articles = articles.select_related("author").prefetch_related("themes")
        return self.page.feed_articles(articles).order_by("-date", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return absolute_url(item, self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        author = item.author_box
        return author["name"] if author else self.author_name

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class ArticleFeedRoutes(RoutablePageMixin):
    """…/rss/ and …/atom/ below a page, and their links in its head. `feed_articles` says
    which articles the page's feeds carry; `site_feeds` that they are the site's feeds."""

    site_feeds = False

    def feed_articles(self, articles):
        return articles

    @path("rss/", name="rss_feed")
    def rss_feed(self, request):
        return ArticleFeed(self, "rss")(request)

    @path("atom/", name="atom_feed")
    def atom_feed(self, request):
        return ArticleFeed(self, "atom")(request)

    def feed_links(self, request):
        url = absolute_url(self, request)
        return [
            {
                "title": f"{self.title} ({label})",
                "url": url + self.reverse_subpage(f"{name}_feed"),
                "type": feed_type.content_type.split(";")[0],
            }
            for name, (feed_type, label) in FORMATS.items()
        ]
