from django import template
from wagtail.models import Site

register = template.Library()

MENU_SIZE = 6


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top menu: the front page's children that editors mark "Vis i menuer", at most six."""
    request = context["request"]
    site = Site.find_for_request(request)
    items = site.root_page.get_children().live().in_menu()[:MENU_SIZE] if site else []
    current = context.get("page")
    return {
        "items": items,
        "current_path": getattr(current, "url_path", ""),
        "request": request,
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gte=2), "page": page}
