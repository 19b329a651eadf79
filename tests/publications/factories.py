"""Publications for the tests, built the way an editor would: under /udgivelser/, published."""

import datetime as dt

from publications.models import Order, PrintRun, PublicationIndexPage, PublicationPage

ADDRESS = {
    "name": "Dorthe Demo",
    "organisation": "Sekretariatets lager",
    "address": "Rådhuspladsen 1",
    "postcode": "1550",
    "city": "København V",
    "email": "lager@example.dk",
}


def publication_index():
    """Front page, the three Væksthuse and /udgivelser/: only what publications hang on
    (added without revisions, which keeps each test's setup quick)."""
    from lederweb.demo import ensure_home
    from lederweb.demo.site import SECTIONS
    from lederweb.models import SectionIndexPage, SectionPage

    home = ensure_home()
    if not SectionPage.objects.exists():
        sections = SectionIndexPage(title="Væksthusene", slug="vaeksthuse")
        home.add_child(instance=sections)
        for section in SECTIONS:
            sections.add_child(instance=SectionPage(**section))
    existing = home.get_children().filter(slug="udgivelser").first()
    if existing:
        return existing.specific
    index = PublicationIndexPage(title="Udgivelser", slug="udgivelser")
    home.add_child(instance=index)
    return index


def make_publication(title, *, year=2013, printed=(), sections=(), themes=(), **fields):
    """A published publication with a print run of each number of copies in `printed`."""
    page = PublicationPage(
        title=title,
        year=year,
        print_runs=[PrintRun(printed_on=dt.date(year, 1, 1), copies=copies) for copies in printed],
        **fields,
    )
    publication_index().add_child(instance=page)
    page.vaeksthuse.set(sections)
    page.themes.set(themes)
    page.save_revision().publish()
    return PublicationPage.objects.get(pk=page.pk)


def make_order(publication, quantity, *, shipped=False, pending=False, **fields):
    """A confirmed order, as an editor enters one; `pending`: one from the form whose
    address is not yet confirmed, holding its copies."""
    from django.conf import settings
    from django.utils import timezone

    from lederweb.confirm_link import hold_ends

    if pending:
        fields.update(
            confirmed_at=None, held_until=hold_ends(settings.PUBLICATIONS_PENDING_HOLD_MINUTES)
        )
    return Order.objects.create(
        publication=publication,
        quantity=quantity,
        shipped_at=timezone.now() if shipped else None,
        **{**ADDRESS, **fields},
    )
