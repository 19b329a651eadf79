"""The one place the search asks for "Mest læste": the most-read articles of the last 30 days
(projects/most_read.py), or the newest articles where nothing has been read yet."""

from django.utils.translation import gettext_lazy as _

from projects.most_read import most_read_articles
from projects.templatetags.projects_tags import newest_articles


def reading_tips(limit=5):
    """(heading, articles) for a page where the search found nothing."""
    articles = most_read_articles(limit=limit)
    if articles:
        return _("Mest læste"), articles
    return _("Nyeste artikler"), newest_articles(limit=limit)
