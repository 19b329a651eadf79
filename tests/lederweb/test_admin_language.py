"""The admin speaks Danish: the project's catalogue (locale/da, `make translations`) completes
Wagtail's own Danish translation for the screens editors use every day."""

import ast
import gettext as gettext_module
import re
import time

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from tests.support import run_in_site

LOCALE = settings.BASE_DIR / "locale" / "da" / "LC_MESSAGES"

# Strings editors met in English before the project's catalogue, and what they say now.
DANISH = {
    "Images": "Billeder",
    "Documents": "Dokumenter",
    "Reports": "Rapporter",
    "Dashboard": "Oversigt",
    "Page title": "Sidetitel",
    "Saved": "Gemt",
    "Schedule to publish": "Planlæg udgivelse",
    "Download CSV": "Hent CSV",
    "Download XLSX": "Hent XLSX",
    "View history": "Vis historik",
    "Search term": "Søgeord",
    "Site summary": "Overblik over sitet",
}


def test_wagtail_admin_strings_are_danish():
    with translation.override("da"):
        assert {english: gettext(english) for english in DANISH} == DANISH
        assert (
            gettext("Page %(page_num)s of %(total_pages)s") % {"page_num": 1, "total_pages": 1}
            == "Side 1 af 1"
        )
        assert ngettext("Used %(usage_count)s time", "Used %(usage_count)s times", 2) == (
            "Brugt %(usage_count)s gange"
        )


def test_compiled_catalogues_match_the_po_files():
    """The .mo files are committed (the server needs no gettext): each must hold exactly the
    translations its .po file has, so a forgotten `make translations` fails here."""
    for domain in ("django", "djangojs"):
        po = LOCALE / f"{domain}.po"
        with (LOCALE / f"{domain}.mo").open("rb") as mo:
            compiled = gettext_module.GNUTranslations(mo)._catalog
        compiled = {key: value for key, value in compiled.items() if key != ""}
        assert compiled == translated_entries(po), f"{po}: kør make translations"


def translated_entries(path):
    """The translated entries of a .po file, keyed as gettext keys them in a compiled .mo."""
    entries, entry, field = {}, {}, None
    for line in [*path.read_text().splitlines(), ""]:
        if line.startswith('"') and field:
            entry[field] += ast.literal_eval(line)
        elif line.startswith("msg"):
            field, value = line.split(" ", 1)
            entry[field] = ast.literal_eval(value)
        elif not line.strip() and entry:
            key = entry.get("msgid", "")
            if "msgctxt" in entry:
                key = f"{entry['msgctxt']}\x04{key}"
            if "msgid_plural" in entry:
                forms = {(key, n): entry.get(f"msgstr[{n}]", "") for n in (0, 1)}
                if all(forms.values()):
                    entries.update(forms)
            elif entry.get("msgstr") and key and not entry.get("fuzzy"):
                entries[key] = entry["msgstr"]
            entry, field = {}, None
        elif line.startswith("#,") and "fuzzy" in line:
            entry["fuzzy"] = True
    return entries


# English words of Wagtail's and Django's admin that must not reach a Danish editor. Matched
# as whole words, case-sensitive, in the visible and hidden text, and in aria-label, title,
# placeholder and alt. Words Danish shares with English (Status, Type, Link, Tags, Filter,
# Upload, Sort, Format) are left out.
ENGLISH = [
    "Images", "Image", "Documents", "Document", "Snippets", "Snippet", "Reports", "Dashboard",
    "Save", "Saved", "Publish", "Published", "Unpublish", "Schedule", "Choose", "Description",
    "Page", "Pages", "View", "History", "Download", "Collapse", "Expand", "Search", "Edit",
    "Delete", "Add", "Preview", "Settings", "Help", "Cancel", "Title", "Draft", "Live",
    "Submit", "Account", "Show", "Close", "Back", "Next", "Previous", "Loading", "Create",
    "Copy", "Move", "Usage", "Privacy", "Collection", "Collections", "Actions", "More",
    "Comments", "Toggle", "Select", "Selected", "Yes", "Exploring", "Explorer", "Sort by",
    "Filter by", "Apply", "Clear", "Update", "Updated", "Created", "Owner", "Locked",
    "Workflow", "Workflows", "Insert", "Bold", "Italic", "Heading", "Undo", "Redo",
    "Required", "optional", "Remove", "Drag", "Focal", "Choose another", "Go live",
    "Expiry", "Visibility", "Public", "Private", "Language", "Main menu", "Sidebar", "Field",
    "Latest", "Newest", "Oldest", "Used", "items", "of", "the", "and", "with", "your",
    "this", "are", "has", "been", "or", "approval", "Moderators", "Editors", "Root",
]  # fmt: skip
ENGLISH_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ENGLISH)) + r")(?![\w-])")

# The editor's own screens (menu items come from the sidebar itself). Left out, none of them
# daily: the user and group admin (Django's permission names are stored in English in the
# database), the workflow editor and the site list (Wagtail labels a field and a column
# "Page" and "Root page" from their names, without gettext).
SKIP = re.compile(r"^/admin/(logout|account|users|groups|workflows|sites)/")

# The page's text for a Danish reader: all text (hidden too, so menus and dialogs count) and
# the texts that assistive technology reads, without scripts and without user content
# (fields the editor types in, the rich text editor, titles of pages, images and documents
# are Danish demo content, or file names).
UI_TEXT = """(root) => {
    root = (root || document.body).cloneNode(true);
    // .xdsoft_save_selected: the date picker's apply button, never shown in Wagtail.
    root.querySelectorAll('script, style, noscript, template, [contenteditable], textarea,'
        + ' select, .w-title-ellipsis, [data-w-slug-target], code, pre, .xdsoft_save_selected')
        .forEach(
        (element) => element.remove());
    const labels = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
        .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt']
            .map((name) => element.getAttribute(name)).filter(Boolean));
    return [root.textContent, ...labels].join('\\n');
}"""

CHOOSER_TEXT = f"""async (url) => {{
    const response = await fetch(url, {{headers: {{'X-Requested-With': 'XMLHttpRequest'}}}});
    const body = await response.json();
    const root = new DOMParser().parseFromString(body.html, 'text/html').body;
    return ({UI_TEXT})(root);
}}"""

MAKE_EDITOR = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Page
from events.models import EventPage, Registration
from newsletter.models import Issue
from publications.models import Order, PublicationPage

User = get_user_model()
User.objects.filter(username="redaktoer").delete()
Order.objects.filter(email="tove@kommune.dk").delete()
Registration.objects.filter(email="tove@kommune.dk").delete()
User.objects.create_superuser("redaktoer", "redaktoer@lederweb.dk", "dansk-redaktoer-1")
Order.objects.create(
    publication=PublicationPage.objects.live().first(), name="Tove Test",
    organisation="Demo Kommune", address="Rådhuspladsen 1", postcode="1550",
    city="København V", email="tove@kommune.dk", quantity=2,
)
Registration.objects.create(
    event=EventPage.objects.live().first(), name="Tove Test", organisation="Demo Kommune",
    email="tove@kommune.dk",
)
Issue.objects.create(subject="Nyt fra Lederweb")
types = {}
for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
    meta = page._meta
    parent = page.get_parent()
    types.setdefault(
        f"{meta.app_label}.{meta.model_name}",
        [page.pk, parent.pk, type(page).can_create_at(parent)],
    )
print(json.dumps(types))
"""


def english_words(text):
    return sorted(set(ENGLISH_RE.findall(text)))


@pytest.fixture(scope="module")
def page_types(demo_site):
    return run_in_site(demo_site, MAKE_EDITOR)


@pytest.fixture
def english_editor_page(browser, demo_site):
    """An editor's browser asking for English first: the admin must answer in Danish anyway."""
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(demo_site.url + "/admin/login/")
    page.login_screen_english = english_words(page.evaluate(UI_TEXT))
    page.locator("#id_username").fill("redaktoer")
    page.locator("#id_password").fill("dansk-redaktoer-1")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(demo_site.url + "/admin/")
    yield page
    context.close()


@pytest.mark.browser
def test_an_editor_meets_no_english_in_the_daily_screens(
    english_editor_page, demo_site, page_types
):
    started = time.monotonic()
    found, seen = {}, set()
    if english_editor_page.login_screen_english:
        found["/admin/login/"] = english_editor_page.login_screen_english

    def visit(path, action=None):
        if (path, action) in seen:
            return
        seen.add((path, action))
        response = english_editor_page.goto(demo_site.url + path)
        assert response.ok, f"{path}: {response.status}"
        if action:
            action()
        if words := english_words(english_editor_page.evaluate(UI_TEXT)):
            found[path + (" (" + action.__doc__ + ")" if action else "")] = words

    def links(pattern):
        hrefs = english_editor_page.eval_on_selector_all(
            "a[href]", "(links) => links.map((a) => a.href)"
        )
        paths = [href.removeprefix(demo_site.url) for href in hrefs]
        return list(dict.fromkeys(p for p in paths if re.search(pattern, p)))

    visit("/admin/")
    sidebar = english_editor_page.locator("#wagtail-sidebar-props").text_content()
    menu = dict.fromkeys(re.findall(r'"url": "(/admin/[^"]*)"', sidebar))
    menu = [path for path in menu if not SKIP.search(path)]
    assert {"/admin/images/", "/admin/documents/", "/admin/reports/locked/"} <= set(menu)
    for path in menu:
        visit(path)
        # One row of each listing and its add form: newsletter, orders, registrations …
        for pattern in (r"/edit/\d+/$|/\d+/edit/$", r"/(add|new|create)/$"):
            for other in links(pattern)[:1]:
                if other.startswith("/admin/") and not SKIP.search(other):
                    visit(other)

    def open_publish_menu():
        """the publish menu opened"""
        english_editor_page.get_by_role("button", name="Flere handlinger", exact=True).click()
        english_editor_page.get_by_role("button", name="Udgiv", exact=True).wait_for(
            state="visible"
        )

    def open_schedule_dialog():
        """the schedule dialog opened"""
        english_editor_page.locator('[data-side-panel-toggle="status"]').click()
        english_editor_page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').click()
        english_editor_page.locator("#schedule-publishing-dialog").wait_for(state="visible")

    visit("/admin/pages/")
    visit(f"/admin/pages/{page_types['lederweb.homepage'][0]}/")
    for model, (page_id, parent_id, can_create) in page_types.items():
        visit(f"/admin/pages/{page_id}/edit/")
        # A new page of the type where one is (not for types allowed once, such as the home
        # page: their single page is there).
        if can_create:
            visit(f"/admin/pages/add/{model.replace('.', '/')}/{parent_id}/")
    article = page_types["projects.articlepage"][0]
    visit(f"/admin/pages/{article}/edit/", open_schedule_dialog)
    visit(f"/admin/pages/{article}/edit/", open_publish_menu)

    for chooser in ("/admin/images/chooser/", "/admin/documents/chooser/", "/admin/choose-page/"):
        if words := english_words(
            english_editor_page.evaluate(CHOOSER_TEXT, demo_site.url + chooser)
        ):
            found[chooser] = words

    assert found == {}, "English in the admin:\n" + "\n".join(
        f"{where}: {', '.join(words)}" for where, words in found.items()
    )
    # The walk takes 90-110 s on a 2-core machine shared by eight test runs; the limit keeps
    # it from growing past that, with room for a busier machine.
    assert time.monotonic() - started < 150, f"{len(seen)} screens"


def walk_panels(panel):
    yield panel
    for child in getattr(panel, "children", ()):
        yield from walk_panels(child)


def test_the_board_marking_explains_itself_on_every_marked_page_type():
    from lederweb.models import MarkedPage

    marked = [cls for cls in apps.get_models() if issubclass(cls, MarkedPage)]
    assert len(marked) >= 4
    for cls in marked:
        (board,) = [
            panel
            for panel in walk_panels(cls.get_edit_handler())
            if getattr(panel, "field_name", None) == "board"
        ]
        assert "bestyrelsens arbejde" in board.help_text, cls


@pytest.mark.django_db
def test_newsletter_screens_read_as_danish(admin_client):
    from newsletter.models import Issue

    with translation.override("da"):
        new = admin_client.get(reverse("nyhedsbreve:add")).content.decode()
        issue = Issue.objects.create(subject="Nyt fra Lederweb")
        status = admin_client.get(reverse("nyhedsbreve:status", args=[issue.pk])).content.decode()
        settings_help = gettext("Højst så mange mails i sekundet, for alle workers tilsammen.")
    assert "Tilføj punkt" in new and "Tilføj Punkt" not in new
    assert "Sekunder tilbage (anslået)" in status and "Tid tilbage (sekunder)" not in status
    assert "worker" not in settings_help
