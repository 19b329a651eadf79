from django import template
from django.utils.safestring import mark_safe

from projects.most_read import most_read_box

register = template.Library()


@register.simple_tag(takes_context=True)
def most_read(context, generation=None, exclude=None):
    """The "Mest læste" box; pass the popularity generation when the page already has it,
    and the current article as `exclude`, which the box then leaves out."""
    box = most_read_box(context.get("request"), generation, exclude)
    return mark_safe(box)  # noqa: S308 - rendered by our own template
