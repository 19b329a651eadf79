"""Helpers for the browser tests: axe-core's WCAG 2.0/2.1 A and AA rules."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page):
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def assert_accessible_at_full_width_and_320(page):
    """axe at the width the page is open at, then on a 320-pixel screen, which the page must
    fit without scrolling sideways."""
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert horizontal_overflow(page) <= 0
    assert_accessible(page)
