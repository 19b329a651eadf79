"""`{{ page.project|public }}`: a link to a related page only when anyone may see it (a live
page with no view restriction on it or above it); see lederweb/restrictions.py."""

from django import template

from lederweb.restrictions import restrictions_for

register = template.Library()


@register.filter
def public(page):
    if page is None or not page.live or restrictions_for(page).exists():
        return None
    return page
