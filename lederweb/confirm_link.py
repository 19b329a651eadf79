"""Holding something for an e-mail address until its owner confirms it from a mailed link
(an event's place, a publication's printed copies), so invented addresses cannot keep it.

The link names the row and is signed per purpose, so nothing extra is stored and a link made
for one purpose opens no other; it stops working when the hold runs out. Mail scanners open
every link in a mail, so the page behind it only shows a button on GET; POST confirms."""

from datetime import timedelta

from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare

# Wagtail routes only paths of word characters and hyphens: "<id>-<URL-safe signature>".
TOKEN_PATTERN = r"[0-9]+-[\w-]+"  # noqa: S105 - a URL pattern, not a secret


def _signature(model, pk, purpose):
    # The salt is the model's label and the purpose ("events.registration.confirm").
    return signing.Signer(salt=f"{model._meta.label_lower}.{purpose}").signature(str(pk))


def make_token(instance, purpose):
    return f"{instance.pk}-{_signature(type(instance), instance.pk, purpose)}"


def object_for(queryset, token, purpose):
    """The row of `queryset` the token names, or None for a forged or foreign token (or a
    row no longer in `queryset`, such as one whose hold ran out)."""
    pk, _, signature = token.partition("-")
    if not pk.isdigit() or not constant_time_compare(
        signature, _signature(queryset.model, pk, purpose)
    ):
        return None
    return queryset.filter(pk=int(pk)).first()


def hold_ends(minutes, now=None):
    return (now or timezone.now()) + timedelta(minutes=minutes)


def past_hold(unconfirmed, minutes, now=None):
    """The rows of `unconfirmed` made longer than the hold ago: for beat to release."""
    return unconfirmed.filter(created_at__lt=(now or timezone.now()) - timedelta(minutes=minutes))


def confirm_link_view(request, held, *, is_pending, confirm, outcome, render_page):
    """The page behind a confirmation link. `held` is the row the link names (None when the
    link is forged or the hold ran out); `confirm(held)` confirms it and returns it, or None
    should its hold have run out meanwhile; `outcome(held)` answers for a confirmed one;
    `render_page(context)` renders the button page, whose context has `held`."""
    if held is not None and is_pending(held) and request.method == "POST":
        held = confirm(held)
    if held is not None and not is_pending(held):
        return outcome(held)
    response = render_page({"held": held})
    if held is None:  # never made, or released when its hold ran out
        response.status_code = 404
    return response
