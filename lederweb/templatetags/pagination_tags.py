from django import template

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
