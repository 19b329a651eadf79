"""`make screenshots`: every page type of the demo site, served as in production, at a phone's
and a desktop's width, written to docs/screenshots/ for the README. Not a test module (the
name does not match test_*.py): it runs only when named, as `make screenshots` does."""

from pathlib import Path

import pytest

from lederweb.text import danish_slugify

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PUBLICATION = "/udgivelser/naervaerende-ledelse-paa-afstand/"
IDEAS = "/projekter/innovative-gaver/ideer/"
PAGE_TYPES = {
    "Forside": "/",
    "Væksthus": "/vaeksthuse/mellemledere/",
    "Standardside": "/om-vaeksthuset/",
    "Artikeloversigt": "/artikler/",
    "Artikel": "/artikler/traen-din-innovationsmuskel/",
    "Projektoversigt": "/projekter/",
    "Projekt": "/projekter/fra-medarbejder-til-leder/",
    "Værktøj": "/projekter/faa-mere-ud-af-dit-ledernetvaerk-ledere-der-laerer-sammen/"
    "ledere-der-laerer-sammen/",
    "Idésamling": IDEAS,
    "Idé": IDEAS + "2/",
    "Forløb": "/projekter/fra-medarbejder-til-leder/forloebet/",
    "Udgivelser": "/udgivelser/",
    "Udgivelse": PUBLICATION,
    "E-publikation": PUBLICATION + "laes/",
    "Bestilling": PUBLICATION + "bestil/",
    "Arrangementer": "/arrangementer/",
    "Arrangement": "/arrangementer/erfaringsdag-for-projektledere/",
    "Søgning": "/soeg/?q=ledere",
    "Temaer": "/temaer/",
    "Tema": "/temaer/innovation/",
    "Kontakt": "/kontakt/",
    "Nyhedsbrev": "/nyhedsbrev/",
}
# Width → the screen's height and the most of the page shown: the first screens, not the
# whole length, so the gallery stays small.
SCREENS = {375: (740, 1300), 1366: (900, 1100)}


@pytest.mark.parametrize("width", SCREENS)
def test_screenshots_of_every_page_type(browser, demo_site, width):
    height, longest = SCREENS[width]
    context = browser.new_context(locale="da-DK", viewport={"width": width, "height": height})
    page = context.new_page()
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        for name, path in PAGE_TYPES.items():
            response = page.goto(demo_site.url + path)
            assert response.status == 200, path
            page.wait_for_load_state("networkidle")
            shown = min(page.evaluate("document.documentElement.scrollHeight"), longest)
            target = OUT / f"{danish_slugify(name)}-{width}.jpg"
            page.screenshot(
                path=target,
                type="jpeg",
                quality=60,
                full_page=True,
                clip={"x": 0, "y": 0, "width": width, "height": shown},
                animations="disabled",
            )
            assert target.stat().st_size > 0
    finally:
        context.close()
