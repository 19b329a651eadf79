"""Snippets with the matched words marked, safe to show: ts_headline marks the words with two
private-use characters that the indexed text never contains (text.clean removes them); the
snippet is escaped as a whole and only then are the markers turned into <mark> tags."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

START = "\ue000"
STOP = "\ue001"
_STRIP = str.maketrans("", "", START + STOP)


def strip_markers(text):
    return text.translate(_STRIP)


def highlighted(snippet):
    html = escape(snippet).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags are added
