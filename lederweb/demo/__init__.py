"""Demo content from the secretariat's status note of December 2013 (`load_demo_content`).

Every loader only creates what is missing, so running it again changes nothing and never
overwrites what an editor has changed since.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from lederweb.models import HomePage


def ensure_child(parent, model, slug, **fields):
    """The child page with this slug under parent, created (and published) if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    # add_child has just validated the page; publishing validates it once more.
    page.save_revision(clean=False).publish()
    return page


def paragraphs(*texts):
    """A StreamField body of plain paragraphs."""
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def ensure_tree_root():
    """Wagtail's root page, root collection and default locale, which its migrations create;
    recreated when a database was emptied without migrating again (a flushed test database)."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Rod")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Rod", slug="root"))


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def rich_paragraph(html):
    return ("paragraph", html)


def align_with_site_url(site):
    """Wagtail's own absolute links (the admin's "Vis live", page.full_url) on SITE_URL, as
    everything else: in development that follows the port served."""
    address = urlsplit(settings.SITE_URL)
    default_port = 443 if address.scheme == "https" else 80
    hostname, port = address.hostname or site.hostname, address.port or default_port
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])


def ensure_home():
    """The site's front page, replacing Wagtail's welcome page on a fresh database."""
    home = HomePage.objects.first()
    if home is None:
        root = ensure_tree_root()
        home = HomePage(
            title="Lederweb",
            slug="lederweb",
            introduction=(
                "Viden, værktøjer og inspiration om god offentlig ledelse i kommuner og "
                "regioner – fra Væksthus for Ledelse."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Lederweb"
        )
    align_with_site_url(site)
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Lederweb"
        site.save()
        if old_root.depth == 2 and old_root.specific_class is not HomePage:
            old_root.delete()
    return home
