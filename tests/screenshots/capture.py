"""What `make screenshots` and the visual-regression test share: every page type of the demo
site, the screens it is shown on, how a page is brought to rest before it is shot, and how two
shots are compared."""

import io
import re
from pathlib import Path

from PIL import Image, ImageChops, ImageOps

from lederweb.text import danish_slugify
from tests.support import BASE_DIR

GALLERY = BASE_DIR / "docs" / "screenshots"
BASELINES = Path(__file__).resolve().parent / "baselines"
FAILURES = BASE_DIR / "var" / "visual"

PUBLICATION = "/udgivelser/naervaerende-ledelse-paa-afstand/"
IDEAS = "/projekter/innovative-gaver/ideer/"
COURSE = "/e-kurser/ledere-der-laerer-sammen/"
PAGE_TYPES = {
    "Forside": "/",
    "Væksthuse": "/vaeksthuse/",
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
    "E-kurser": "/e-kurser/",
    "E-kursus": COURSE,
    "E-kursusmodul": COURSE + "modul-1/",
    "Lektion": COURSE + "modul-1/velkommen-til-kurset/",
    "Spørgeskema": "/brugerundersoegelse-2014/",
}
# Width → the screen's height and the most of the page shown: the first screens, not the
# whole length, so the gallery and the baselines stay small.
SCREENS = {375: (740, 1300), 768: (1024, 1200), 1366: (900, 1100)}

# What differs from one day or one test run to the next on the same demo content, painted over
# in the baselines: dates (upcoming events are loaded days from "now", their deadlines with
# them; the fixed 2013 dates go too, which costs little), read counts and "Mest læste" (every
# visit counts, other tests' too), places left. Found by what they say, not by class names, so
# that a new look keeps them painted over.
VARYING_TEXT = re.compile(
    r"ledige? plads|venteliste|tilmeldingsfrist|[\d.]+ læsninger|læst [\d.]+ gang", re.IGNORECASE
)


def varying(page):
    most_read = page.get_by_role("heading", name="Mest læste", exact=True)
    return [
        page.locator("time"),
        page.locator("section, aside").filter(has=most_read),
        page.get_by_text(VARYING_TEXT),
    ]


# A pixel differs when one of its channels differs by more than this (anti-aliasing noise
# stays under it); a page differs when more than SHARE of its pixels do.
TOLERANCE = 24
SHARE = 0.005

# Lazy images in the shot are loaded now, as if scrolled to, and every image is decoded and
# every font ready before the shot, so a slow machine shoots the same page as a fast one.
SETTLE = """async () => {
    for (const img of document.images) if (img.loading === "lazy") img.loading = "eager";
    const loaded = Promise.all([...document.images].map((img) => img.decode().catch(() => null)));
    await Promise.race([loaded, new Promise((done) => setTimeout(done, 15000))]);
    await document.fonts.ready;
}"""


def file_stem(name, width):
    return f"{danish_slugify(name)}-{width}"


def open_page(page, url, width):
    """Goes to `url` on a screen `width` wide, waits until it is at rest and returns the
    clip of the first screens to shoot."""
    height, longest = SCREENS[width]
    page.set_viewport_size({"width": width, "height": height})
    response = page.goto(url)
    assert response.status == 200, url
    page.evaluate(SETTLE)
    shown = min(page.evaluate("document.documentElement.scrollHeight"), longest)
    return {"x": 0, "y": 0, "width": width, "height": shown}


def shoot(page, clip, **options):
    """The clip of the page as a screenshot's bytes (PNG unless `type` says otherwise), what
    varies painted over if `masked`."""
    if options.pop("masked", False):
        options["mask"] = varying(page)
    return page.screenshot(full_page=True, clip=clip, animations="disabled", **options)


def reduced(shot):
    """A masked shot as its baseline keeps it: half the width and height, 256 colours (small
    enough to commit 66 of them; the colours cost under 0.2 % of the pixels)."""
    return Image.open(io.BytesIO(shot)).convert("RGB").reduce(2)


def save_baseline(shot, path):
    reduced(shot).quantize(256, dither=Image.Dither.NONE).save(path, optimize=True)


def differing_share(expected, actual):
    """The share of pixels that differ between two images, and a picture of where: the
    expected image greyed, the differing pixels red. Images of different sizes are compared
    over the larger, the missing part counting as different."""
    size = (max(expected.width, actual.width), max(expected.height, actual.height))
    # What is painted over in either shot is not compared: a box whose content varies (the
    # "Mest læste" list) may also vary in height, which moves its paint.
    painted = ImageChops.lighter(
        *(_painted(image.convert("RGB"), size) for image in (expected, actual))
    )
    expected, actual = (_padded(image.convert("RGB"), size) for image in (expected, actual))
    red, green, blue = ImageChops.difference(expected, actual).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    differs = ImageChops.subtract(
        largest.point(lambda value: 255 if value > TOLERANCE else 0), painted
    )
    count = differs.histogram()[255]
    picture = ImageOps.grayscale(expected).convert("RGB").point(lambda value: 128 + value // 2)
    picture.paste((220, 0, 0), mask=differs)
    return count / (size[0] * size[1]), picture


def _painted(image, size):
    """Where Playwright's mask (magenta) lies in `image`, on a canvas of `size`: 255 there."""
    red, green, blue = image.split()
    magenta = ImageChops.darker(
        ImageChops.darker(
            red.point(lambda v: 255 if v > 200 else 0), blue.point(lambda v: 255 if v > 200 else 0)
        ),
        green.point(lambda v: 255 if v < 60 else 0),
    )
    canvas = Image.new("L", size, 0)
    canvas.paste(magenta)
    return canvas


def _padded(image, size):
    if image.size == size:
        return image
    canvas = Image.new("RGB", size, (255, 0, 255))
    canvas.paste(image)
    return canvas
