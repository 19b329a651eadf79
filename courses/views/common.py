import logging

from django.shortcuts import render
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from courses.forms import LinkRequestForm
from lederweb.ratelimit import rate_setting

logger = logging.getLogger(__name__)
COURSES = ("E-kurser", "/e-kurser/")


def limited(request, group, key, setting):
    """Fails open, as the newsletter's: a sign-up goes through while Redis is down."""
    try:
        return is_ratelimited(
            request, group=group, key=key, rate=rate_setting(setting), method="POST", increment=True
        )
    except (RedisError, OSError):
        logger.warning("Hastighedsgrænsen for e-kurset kunne ikke tjekkes", exc_info=True)
        return False


def email_key(group, request):
    return request.POST.get("email", "").strip().lower()[:254]


def render_message(request, title, paragraphs, status=200, **context):
    """A page of the participant's views: a heading, some text, maybe the link form."""
    context = {
        "title": title,
        "paragraphs": paragraphs,
        "breadcrumb_trail": [COURSES, (title, None)],
        **context,
    }
    return render(request, "pages/course_message.html", context, status=status)


def signed_out_page(request, status=403):
    return render_message(
        request,
        "Log ind for at gemme",
        [
            "Du skal være logget ind som kursusdeltager for at gemme dine svar og din "
            "fremdrift. Få et link til at logge ind tilsendt på e-mail."
        ],
        status=status,
        link_form=LinkRequestForm(initial={"next": request.path}),
    )
