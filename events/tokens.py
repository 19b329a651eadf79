"""The links in a participant's mails (cancel, confirm the address): lederweb.confirm_link's
signed tokens, for one event's registrations."""

from lederweb.confirm_link import TOKEN_PATTERN, make_token, object_for

__all__ = ["TOKEN_PATTERN", "make_token", "registration_for"]


def registration_for(event, token, purpose):
    """The event's registration the token names, or None for a forged or foreign token."""
    from events.models import Registration

    return object_for(Registration.objects.filter(event=event), token, purpose)
