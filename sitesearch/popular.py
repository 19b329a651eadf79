"""The one place the search asks for "Mest læste": the most-read articles of the last 30 days
(lederweb.popularity), or the newest articles where nothing has been read yet (or that module
is not there)."""

from django.utils.translation import gettext_lazy as _

from projects.listings import newest_articles


def reading_tips(limit=5):
    """(heading, articles) for a page where the search found nothing."""
    try:
        from lederweb.popularity import most_read_articles
    except ImportError:
        most_read_articles = None
    articles = most_read_articles(limit=limit) if most_read_articles else []
    if articles:
        return _("Mest læste"), articles
    return _("Nyeste artikler"), newest_articles(limit=limit)
