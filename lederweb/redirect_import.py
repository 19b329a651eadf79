"""Old addresses from a CSV file (old address, new address) as Wagtail redirects.

Wagtail's own importer (`import_redirects`, and Indstillinger → Redirects → Import in
the admin) only takes full URLs as the target, so a redirect to one of our pages hard-codes a
host name and stops working when the page moves. Here a target on this site is stored as the
page itself (Wagtail then follows its moves), anything else as the address given. Running a
file again updates what it made, and the messages are in Danish."""

import csv
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    problems: list = field(default_factory=list)  # (line number, Danish message)


def read_rows(text):
    """(line number, old, new) for each row; a first row naming the columns is skipped."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell by: plain commas
        dialect = csv.excel
    for number, row in enumerate(csv.reader(text.splitlines(), dialect), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and not _looks_like_address(cells[0]):
            continue  # the header, e.g. "fra,til"
        yield number, cells[0], cells[1] if len(cells) > 1 else ""


def _looks_like_address(text):
    return text.startswith("/") or bool(urlsplit(text).scheme)


def _our_hosts(site):
    return {urlsplit(settings.SITE_URL).netloc, site.hostname}


def target_of(new, site):
    """The page the new address leads to on this site, or the address to send readers to."""
    parts = urlsplit(new)
    if parts.scheme and parts.netloc not in _our_hosts(site):
        return None, new
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    page = Page.objects.filter(url_path=site.root_page.url_path + path.lstrip("/")).first()
    if page is not None and not parts.query:
        return page, ""
    return None, parts.path + (f"?{parts.query}" if parts.query else "")


def problem_with(old, new):
    if not old or not _looks_like_address(old):
        return "den gamle adresse mangler eller begynder ikke med / eller http"
    if not new:
        return "den nye adresse mangler"
    if Redirect.normalise_path(old) == Redirect.normalise_path(urlsplit(new).path):
        return "den gamle og den nye adresse er den samme"
    return None


@transaction.atomic
def import_old_paths(text, permanent=True, dry_run=False):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    report = ImportReport()
    for number, old, new in read_rows(text):
        problem = problem_with(old, new)
        if problem:
            report.problems.append((number, f"{problem} ({old} → {new})"))
            continue
        page, link = target_of(new, site)
        _, created = Redirect.objects.update_or_create(
            old_path=Redirect.normalise_path(old),
            site=None,
            defaults={
                "redirect_page": page,
                "redirect_link": link,
                "is_permanent": permanent,
                "automatically_created": False,
            },
        )
        report.created += created
        report.updated += not created
    if dry_run:
        transaction.set_rollback(True)
    return report
