from django import template
from wagtail.models import Page, Site

from lederweb.navigation import MENU_SIZE, menu_pages
from lederweb.themes import with_urls

register = template.Library()

HOME_LABEL = "Forside"


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top menu: the front page's children that editors mark "Vis i menuer", at most six."""
    request = context["request"]
    site = Site.find_for_request(request)
    # The admin allows no more than six (lederweb/forms.py); pages published around it (a
    # scheduled publication, a script) still never make the menu longer.
    items = menu_pages(site.root_page)[:MENU_SIZE] if site else []
    current = context.get("page")
    return {
        "items": items,
        "current_path": getattr(current, "url_path", ""),
        "request": request,
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The trail from the front page to here. On a page below the front page: its ancestors
    and the page, which becomes a link when `current` names one of its sub-pages (an order
    form, a chapter, a theme). Elsewhere (Django views): the front page and the view's
    `breadcrumb_trail`, pairs of (title, url) with None as the url of the last."""
    page = context.get("page")
    if isinstance(page, Page):  # not a paginator's page
        if page.depth <= 2:
            return {"crumbs": []}
        crumbs = [_crumb(ancestor) for ancestor in page.get_ancestors().filter(depth__gte=2)]
        crumbs.append(_crumb(page, linked=bool(current)))
    else:
        trail = [*(context.get("breadcrumb_trail") or []), *([(current, None)] if current else [])]
        crumbs = [{"title": title, "url": url} for title, url in [(HOME_LABEL, "/"), *trail]]
        return {"crumbs": crumbs if trail else []}
    if current:
        crumbs.append({"title": current, "url": None})
    return {"crumbs": crumbs, "request": context.get("request")}


def _crumb(page, linked=True):
    title = HOME_LABEL if page.depth == 2 else page.title
    return {"title": title, "page": page if linked else None, "url": None}


@register.simple_tag(takes_context=True)
def themes_with_urls(context, themes):
    """The themes (a queryset), each with the address of its theme page as `url`."""
    return with_urls(themes, context.get("request"))
