"""Signing in without a password: a mailed link that expires (COURSES_SIGN_IN_LINK_MINUTES)
and works once (it carries the participant's link nonce, replaced when it is used), and a
long session of the participant's own (COURSES_SESSION_DAYS)."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from courses.models import Participant
from courses.models.participants import new_nonce

SALT = "courses.sign-in"
SESSION_KEY = "course_participant"
ACTIVE_STEP = timedelta(days=1)


def make_link_token(participant, next_path=""):
    payload = {"p": participant.pk, "n": participant.link_nonce, "u": next_path}
    return signing.dumps(payload, salt=SALT, compress=True)


@dataclass
class LinkCheck:
    participant: Participant | None
    next_path: str = ""
    problem: str = ""  # "expired", "used" or "invalid"


def check_link(token):
    """Who the link is for, or why it does not work. Reads only; use_link consumes it."""
    max_age = settings.COURSES_SIGN_IN_LINK_MINUTES * 60
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        return LinkCheck(None, problem="expired")
    except signing.BadSignature:
        return LinkCheck(None, problem="invalid")
    participant = Participant.objects.filter(pk=payload["p"], link_nonce=payload["n"]).first()
    if participant is None:
        return LinkCheck(None, problem="used")
    return LinkCheck(participant, next_path=payload.get("u", ""))


def use_link(request, check):
    """Consumes the link (once, also when two requests race) and signs the participant in."""
    participant = check.participant
    used = Participant.objects.filter(pk=participant.pk, link_nonce=participant.link_nonce)
    if not used.update(
        link_nonce=new_nonce(), last_active_at=timezone.now(), deletion_warned_at=None
    ):
        return False
    sign_in(request, participant)
    return True


def sign_in(request, participant):
    request.session.cycle_key()
    request.session[SESSION_KEY] = participant.pk
    request.session.set_expiry(settings.COURSES_SESSION_DAYS * 24 * 60 * 60)


def sign_out(request):
    request.session.pop(SESSION_KEY, None)


def current_participant(request):
    """The signed-in participant, or None; read once per request."""
    if not hasattr(request, "_course_participant"):
        pk = request.session.get(SESSION_KEY)
        participant = Participant.objects.filter(pk=pk).first() if pk else None
        if participant is not None and participant.last_active_at < timezone.now() - ACTIVE_STEP:
            # Active at most once a day in the database: what inactivity deletion reads.
            participant.last_active_at = timezone.now()
            participant.deletion_warned_at = None
            participant.save(update_fields=["last_active_at", "deletion_warned_at"])
        request._course_participant = participant
    return request._course_participant


def safe_next(request, path):
    if path and url_has_allowed_host_and_scheme(path, allowed_hosts={request.get_host()}):
        return path
    return ""


def participant_by_email(email):
    return Participant.objects.filter(email__iexact=email.strip()).first()
