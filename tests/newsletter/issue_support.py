"""Helpers for the issue and sending tests: published pages and many subscribers at once."""

from django.db import connection
from django.utils import timezone

from lederweb.models import HomePage, SectionPage
from newsletter.models import Subscriber


def publish_article(title, sections=(), when=None, **fields):
    from projects.models import ArticlePage

    home = HomePage.objects.first()
    page = ArticlePage(title=title, introduction=f"Om {title.lower()}.", **fields)
    home.add_child(instance=page)
    page.vaeksthuse.set(sections)
    page.save()
    ArticlePage.objects.filter(pk=page.pk).update(first_published_at=when or timezone.now())
    return page


def active_subscriber(email, sections=()):
    subscriber = Subscriber.objects.create(
        email=email, status=Subscriber.Status.ACTIVE, confirmed_at=timezone.now()
    )
    subscriber.sections.set(sections)
    return subscriber


def bulk_subscribers(count, prefix="leder"):
    """`count` active subscribers in one INSERT … SELECT (no sections: they get everything)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO newsletter_subscriber
                (email, email_hash, status, token, created_at, confirmed_at)
            SELECT %s || n || '@kommune.dk', md5(n::text), 'active',
                   md5(random()::text) || md5(n::text), now(), now()
            FROM generate_series(1, %s) AS n
            """,
            [prefix + "-", count],
        )


def section(number):
    return SectionPage.objects.get(number=number)


def publish_page(page, sections=(), when=None):
    """Any page put live under the home page (the newsletter collects every kind)."""
    home = HomePage.objects.first()
    home.add_child(instance=page)
    page.vaeksthuse.set(sections)
    page.save()
    type(page).objects.filter(pk=page.pk).update(first_published_at=when or timezone.now())
    return page


def publish_publication(title, sections=(), when=None, **fields):
    from publications.models import PublicationPage

    page = PublicationPage(title=title, year=2026, introduction=f"Om {title.lower()}.", **fields)
    return publish_page(page, sections, when)


def publish_event(title, sections=(), when=None, start=None):
    from datetime import timedelta

    from events.models import EventPage

    start = start or timezone.now() + timedelta(days=20)
    page = EventPage(
        title=title,
        introduction=f"Om {title.lower()}.",
        start=start,
        end=start + timedelta(hours=3),
        venue_name="KL",
        venue_address="Weidekampsgade 10, 2300 København S",
    )
    return publish_page(page, sections, when)


PUBLISHERS = {
    "Artikel": publish_article,
    "Udgivelse": publish_publication,
    "Arrangement": publish_event,
}
