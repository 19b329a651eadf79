from django import template

register = template.Library()


@register.filter
def page_type(page):
    """ "Værktøj", "Publikation" …: the verbose name of a plain Page's specific type, read
    from the content-type cache, so a list of products costs no extra query."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""
