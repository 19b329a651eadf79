"""The links in a participant's mails (cancel, confirm the address): lederweb.confirm_link's
signed tokens, for one event's registrations (events.registration.registration_for reads
them back)."""

from lederweb.confirm_link import TOKEN_PATTERN, make_token

__all__ = ["TOKEN_PATTERN", "make_token"]
