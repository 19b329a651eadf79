from django import template

from lederweb.forms import SHOWN_LIMIT

register = template.Library()


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page_obj, label, anchor=""):
    """Links to the previous and next page of a list paged by lederweb.pagination.paginate,
    keeping the address's other parameters (the filters); `anchor` is where on the target
    page the reader lands; `label` names the pages for screen readers ("Artikelsider")."""
    return {
        "page_obj": page_obj,
        "label": label,
        "anchor": f"#{anchor}" if anchor else "",
        "request": context["request"],
    }


@register.filter
def shown_query(query):
    """The address's query to carry on in the links, each value cut to SHOWN_LIMIT: a
    megabyte pasted into the address is not copied into the page's links."""
    kept = query.copy()
    for key, values in query.lists():
        kept.setlist(key, [value[:SHOWN_LIMIT] for value in values])
    return kept
