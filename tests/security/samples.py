"""Example addresses for URL patterns, made from the patterns themselves (Django's path
converters, or the regular expression of a re_path), so that a test walking the routes of the
code needs no hand-kept list and a new route is walked the day it is added."""

import re
import uuid
from re import _constants as sre
from re import _parser as sre_parse

from django.urls.resolvers import RoutePattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

SAMPLE_UUID = str(uuid.UUID(int=7))
# A value for each path converter; `values` (name -> value) may give a better one.
CONVERTER_SAMPLES = {"int": "1", "slug": "eksempel", "str": "eksempel", "path": "eksempel"}
CONVERTER_SAMPLES["uuid"] = SAMPLE_UUID
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _in_sample(items):
    for op, value in items:
        if op == sre.LITERAL:
            return chr(value)
        if op == sre.RANGE:
            return chr(value[0])
        if op == sre.CATEGORY:
            samples = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " "}
            return samples.get(value, "a")
        if op == sre.NEGATE:
            return "a"
    return "a"


def _regex_sample(parsed, groups, values):
    out = []
    for op, value in parsed:
        if op == sre.LITERAL:
            out.append(chr(value))
        elif op == sre.NOT_LITERAL:
            out.append("a" if chr(value) != "a" else "b")
        elif op == sre.ANY:
            out.append("a")
        elif op == sre.IN:
            out.append(_in_sample(value))
        elif op == sre.BRANCH:
            out.append(_regex_sample(value[1][0], groups, values))
        elif op == sre.SUBPATTERN:
            group, *_, sub = value
            name = groups.get(group)
            if name in values:
                out.append(str(values[name]))
            else:
                out.append(_regex_sample(sub, groups, values))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, sub = value
            out.append(_regex_sample(sub, groups, values) * max(low, 1))
        elif op == sre.AT:
            continue
        else:
            raise ValueError(f"no sample for regex item {op}")
    return "".join(out)


def sample(pattern, values=None):
    """A string that `pattern` (a RoutePattern or RegexPattern) matches, with the named
    parameters in `values` filled in as given."""
    values = values or {}
    if isinstance(pattern, RoutePattern):

        def fill(match):
            name = match["name"]
            return str(values.get(name, CONVERTER_SAMPLES[match["converter"] or "str"]))

        return ROUTE_PARAMETER.sub(fill, str(pattern))
    parsed = sre_parse.parse(pattern.regex.pattern)
    groups = {number: name for name, number in pattern.regex.groupindex.items()}
    return _regex_sample(parsed, groups, values)


def routable_page_types():
    return [
        model
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin) and not model._meta.abstract
    ]


def route_urls(page):
    """(route name, address) for every route of the page, from its own URL patterns; a route
    named like a file (kalender.ics/) at the address it is served on (no slash)."""
    for pattern in type(page).get_subpage_urls():
        url = page.url + sample(pattern.pattern)
        yield pattern.name, re.sub(r"(\.\w+)/$", r"\1", url)
