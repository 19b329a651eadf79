"""Helpers for the browser tests: axe-core's WCAG 2.0/2.1 A and AA rules."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def accessibility_problems(page):
    """axe's violations on the page as lines »rule: element (what is wrong)«, so that a test
    walking several pages can name every page's problems at once."""
    violations = Axe().run(page, options=WCAG_AA).response["violations"]
    return [
        f"{violation['id']}: {' '.join(node['target'])} ({node['failureSummary'][:300]})"
        for violation in violations
        for node in violation["nodes"]
    ]


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def cut_headings(page):
    """The visible headings whose text runs past the right edge of the screen: a long word
    in a large heading is cut off where a box around it hides what overflows."""
    return page.evaluate(
        """() => [...document.querySelectorAll("h1, h2, h3")].filter(heading => {
            if (!heading.checkVisibility() || heading.closest(".w-sr-only")) return false;
            const text = document.createRange();
            text.selectNodeContents(heading);
            return text.getBoundingClientRect().right > window.innerWidth + 1;
        }).map(heading => heading.innerText.trim())"""
    )


def assert_accessible_at_full_width_and_320(page):
    """axe at the width the page is open at, then on a 320-pixel screen, which the page must
    fit without scrolling sideways."""
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)
