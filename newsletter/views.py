import logging
from functools import wraps

from django.core import signing
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited
from redis.exceptions import RedisError

from lederweb.ratelimit import rate_setting
from newsletter import links, subscriptions
from newsletter.forms import DeleteForm, PreferencesForm, PreferencesLinkForm, SignupForm
from newsletter.models import Subscriber
from newsletter.page_texts import BREADCRUMBS, CONFIRMATION_PAGES, PAGES
from newsletter.policy import PREFERENCES_LINK_VALIDITY

logger = logging.getLogger(__name__)

SIGNUP_RATE = rate_setting("NEWSLETTER_SIGNUP_RATE")  # sign-ups and preference links alike
TOO_MANY_SIGN_UPS = _(
    "Der er kommet for mange tilmeldinger på kort tid. Vent en time, og prøv så igen."
)


def _limited(request, group, key, rate):
    """Fails open: a sign-up must go through even when Redis, the rate limits' store, is down
    (django-ratelimit's RATELIMIT_FAIL_OPEN does not cover a refused connection)."""
    try:
        return is_ratelimited(
            request, group=group, key=key, rate=rate, method="POST", increment=True
        )
    except (RedisError, OSError):
        logger.warning("Hastighedsgrænsen for tilmeldinger kunne ikke tjekkes", exc_info=True)
        return False


def _render(request, template, context, status=200):
    trail = BREADCRUMBS.get(request.resolver_match.url_name) if request.resolver_match else None
    return render(request, template, {**context, "breadcrumb_trail": trail}, status=status)


def _signup_page(request, form, status=200):
    return _render(request, "pages/newsletter_signup.html", {"form": form}, status=status)


def _message_page(request, message, status=200, **context):
    return _render(request, "pages/newsletter_message.html", {**message, **context}, status=status)


@require_http_methods(["GET", "POST"])
def signup(request):
    """The sign-up page, and the target of the footer form on every page. Whether the address
    is new, pending or active, the answer is the same thanks page."""
    if request.method == "GET":
        return _signup_page(request, SignupForm())
    form = SignupForm(request.POST)
    if form.is_spam():
        return redirect("newsletter:thanks")
    if _limited(request, "newsletter-signup-ip", "ip", SIGNUP_RATE):
        form.add_error(None, TOO_MANY_SIGN_UPS)
        return _signup_page(request, form, status=429)
    if not form.is_valid():
        return _signup_page(request, form, status=400)
    subscriptions.sign_up(
        form.cleaned_data["email"], form.cleaned_data["sections"], form.cleaned_data["source"]
    )
    return redirect("newsletter:thanks")


def thanks(request):
    return _message_page(request, PAGES["thanks"])


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET only shows the button (mail scanners open every link); POST confirms."""
    if request.method == "POST":
        outcome = subscriptions.confirm(token)
    else:
        outcome = subscriptions.confirmation_state(token)
    if outcome == subscriptions.Confirmation.PENDING:
        return _render(request, "pages/newsletter_confirm.html", {"token": token})
    message, status, offer_signup = CONFIRMATION_PAGES[outcome]
    signup_form = SignupForm() if offer_signup else None
    return _message_page(request, message, status, signup_form=signup_form)


def _subscriber_or_404(token):
    subscriber = subscriptions.find(token)
    if subscriber is None:
        raise Http404
    return subscriber


# RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" here with no
# cookies and no CSRF token, so this one view is exempt. The secret token in the URL is what
# protects it, and a forged unsubscribe can do no more than the link in the mail can.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET only asks (link scanners follow GETs); POST unsubscribes at once."""
    subscriber = _subscriber_or_404(token)
    if request.method == "POST" and subscriptions.unsubscribe(token):
        return _message_page(request, PAGES["unsubscribed"])
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED or request.method == "POST":
        return _message_page(request, PAGES["already_unsubscribed"])
    return _render(request, "pages/newsletter_unsubscribe.html", {"subscriber": subscriber})


def _preferences_page(request, subscriber, key, status=200, **context):
    context.setdefault(
        "form", PreferencesForm(initial={"sections": list(subscriber.sections.all())})
    )
    context.setdefault("delete_form", DeleteForm(auto_id="slet-%s"))
    return _render(
        request,
        "pages/newsletter_preferences.html",
        {"subscriber": subscriber, "key": key, **context},
        status=status,
    )


def _link_page(request, form, status=200):
    context = {"form": form, "days": PREFERENCES_LINK_VALIDITY.days}
    return _render(request, "pages/newsletter_link_expired.html", context, status=status)


def _link_expired(request):
    return _link_page(request, PreferencesLinkForm(), status=410)


def with_preferences_key(view):
    """Resolves the signed key to its subscriber; an expired key (or an old unsigned link of
    a real subscriber) answers 410 with a form for a fresh link, anything else 404."""

    @wraps(view)
    def resolved(request, key):
        try:
            subscriber = subscriptions.find(links.token_for(key))
        except links.LinkExpired:
            return _link_expired(request)
        except signing.BadSignature:
            if subscriptions.find(key) is not None:
                return _link_expired(request)
            raise Http404 from None
        if subscriber is None:
            raise Http404
        return view(request, subscriber, key)

    return resolved


@never_cache
@require_http_methods(["GET", "POST"])
def preferences_link(request):
    """Asks for a fresh preferences link by e-mail; the same answer whether or not the
    address is subscribed."""
    if request.method == "GET":
        return _link_page(request, PreferencesLinkForm())
    form = PreferencesLinkForm(request.POST)
    if _limited(request, "newsletter-preferences-link-ip", "ip", SIGNUP_RATE):
        form.add_error(None, TOO_MANY_SIGN_UPS)
        return _link_page(request, form, status=429)
    if not form.is_valid():
        return _link_page(request, form, status=400)
    subscriptions.send_preferences_link(form.cleaned_data["email"])
    return _message_page(request, PAGES["preferences_link_sent"])


@never_cache
@require_http_methods(["GET", "POST"])
@with_preferences_key
def preferences(request, subscriber, key):
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _message_page(request, PAGES["already_unsubscribed"])
    if request.method == "GET":
        return _preferences_page(request, subscriber, key)
    form = PreferencesForm(request.POST)
    if not form.is_valid():
        return _preferences_page(request, subscriber, key, status=400, form=form)
    subscriptions.change_sections(subscriber, form.cleaned_data["sections"])
    # Shown as saved (none chosen is saved as all three), not as typed.
    return _preferences_page(request, subscriber, key, saved=True)


@never_cache
@with_preferences_key
def data(request, subscriber, key):
    response = JsonResponse(
        subscriptions.export(subscriber), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = 'attachment; filename="lederweb-nyhedsbrev.json"'
    return response


@never_cache
@with_preferences_key
def data_page(request, subscriber, key):
    """The same data as the JSON download, readable, with Danish labels."""
    context = {"subscriber": subscriber, "key": key, "data": subscriptions.export(subscriber)}
    return _render(request, "pages/newsletter_data.html", context)


@never_cache
@require_POST
@with_preferences_key
def delete(request, subscriber, key):
    form = DeleteForm(request.POST, auto_id="slet-%s")
    if not form.is_valid():
        return _preferences_page(request, subscriber, key, status=400, delete_form=form)
    subscriptions.delete(subscriber)
    return _message_page(request, PAGES["deleted"])
