"""/artikler/rss/: the newest articles as RSS 2.0, with absolute links on SITE_URL."""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone

FEED_SIZE = 20


class ArticleFeed(Feed):
    description = "Nye artikler fra Væksthus for Ledelse om ledelse i kommuner og regioner."

    def __call__(self, request, index_page):
        self.request = request
        self.index_page = index_page
        return super().__call__(request)

    def title(self):
        return f"{self.index_page.title} | Lederweb"

    def link(self):
        return settings.SITE_URL + self.index_page.get_url(request=self.request)

    def items(self):
        from projects.models import ArticlePage

        return ArticlePage.objects.live().order_by("-date", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return settings.SITE_URL + item.get_url(request=self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))
