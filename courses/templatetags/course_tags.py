from django import template

from courses.models import CoursePage

register = template.Library()


@register.simple_tag
def newest_courses(limit=4, section=None):
    """The newest courses marked for `section` (all, without one), for its section page."""
    courses = CoursePage.public_for(section).prefetch_related("vaeksthuse")
    return list(courses.order_by("-first_published_at", "-pk")[:limit])
