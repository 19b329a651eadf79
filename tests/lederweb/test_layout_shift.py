"""No layout shift (CLS 0) on the front page, an article and a publication, on a phone and a
desktop (issue 12): images carry their size, fonts do not swap, the header's toggles keep
their place. The page is read from top to bottom, so lazy images come in as a reader scrolls
to them; every shift the browser reports counts."""

import pytest

from tests.screenshots.capture import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {name: PAGE_TYPES[name] for name in ("Forside", "Artikel", "Udgivelse")}
SCREENS = {375: 740, 1366: 768}

# Before any of the page's own scripts: every layout shift, with what moved.
OBSERVE = """
window.layoutShifts = [];
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((source) => source.node?.outerHTML?.slice(0, 100));
        window.layoutShifts.push({value: entry.value, moved});
    }
}).observe({type: "layout-shift", buffered: true});
"""
FRAME = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
# One screen further down, then wait for the images that came into view to load (at most 10 s:
# a lazy image further down would never) and be laid out.
SCROLL = f"""async () => {{
    window.scrollBy(0, window.innerHeight);
    await {FRAME};
    const inView = [...document.images].filter((img) => {{
        const box = img.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
    }});
    const loaded = Promise.all(inView.map((img) => img.decode().catch(() => null)));
    await Promise.race([loaded, new Promise((done) => setTimeout(done, 10000))]);
    await document.fonts.ready;
    await {FRAME};
    return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight;
}}"""
SHIFT_SOMETHING = f"""async () => {{
    const block = document.createElement("div");
    block.style.height = "120px";
    document.querySelector("main").prepend(block);
    await {FRAME};
}}"""


@pytest.mark.parametrize("width", SCREENS)
def test_nothing_shifts_while_a_page_loads_and_is_read(browser, demo_site, width):
    context = browser.new_context(
        locale="da-DK", viewport={"width": width, "height": SCREENS[width]}
    )
    context.add_init_script(OBSERVE)
    page = context.new_page()
    try:
        shifts = {}
        for name, path in PAGES.items():
            page.goto(demo_site.url + path)
            for _ in range(40):
                if page.evaluate(SCROLL):
                    break
            shifts[name] = page.evaluate("window.layoutShifts")
        assert shifts == {name: [] for name in PAGES}, shifts
        # The measure sees a shift when there is one.
        page.evaluate("window.scrollTo(0, 0)")
        page.evaluate(SHIFT_SOMETHING)
        assert page.evaluate("window.layoutShifts.length") > 0
    finally:
        context.close()
