"""The admin speaks Danish: the project's catalogue (locale/da, `make translations`) completes
Wagtail's own Danish translation for the screens editors use every day."""

import ast
import gettext as gettext_module

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

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
