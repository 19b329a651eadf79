"""The sign-up mails: the confirmation link, a notice to someone already subscribed, or a
fresh link to the preferences."""

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from newsletter.models import ConfirmationRequest, Subscriber
from newsletter.policy import PREFERENCES_LINK_VALIDITY

TEMPLATES = {
    ConfirmationRequest.Kind.CONFIRM: "email/newsletter_confirm",
    ConfirmationRequest.Kind.ALREADY_SUBSCRIBED: "email/newsletter_already_subscribed",
    ConfirmationRequest.Kind.PREFERENCES_LINK: "email/newsletter_preferences_link",
    ConfirmationRequest.Kind.WELCOME: "email/newsletter_welcome",
}


def subject(kind):
    subjects = {
        ConfirmationRequest.Kind.CONFIRM: _("Bekræft din tilmelding til Lederwebs nyhedsbrev"),
        ConfirmationRequest.Kind.ALREADY_SUBSCRIBED: _(
            "Du er allerede tilmeldt Lederwebs nyhedsbrev"
        ),
        ConfirmationRequest.Kind.PREFERENCES_LINK: _(
            "Dit link til indstillingerne for Lederwebs nyhedsbrev"
        ),
        ConfirmationRequest.Kind.WELCOME: _("Velkommen til Lederwebs nyhedsbrev"),
    }
    return subjects[kind]


def build_message(request):
    context = {
        "request": request,
        "subscriber": request.subscriber,
        "days": PREFERENCES_LINK_VALIDITY.days,
    }
    template = TEMPLATES[request.kind]
    message = EmailMultiAlternatives(
        subject=subject(request.kind),
        body=render_to_string(f"{template}.txt", context),
        to=[request.subscriber.email],
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def send_request_mail(request_id):
    """Sends the mail once. The row stays locked while the mail server talks, so a second
    copy of the task (a sweep re-queue, a redelivery) skips it or finds it sent."""
    with transaction.atomic():
        request = (
            ConfirmationRequest.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("subscriber")
            .filter(pk=request_id, sent_at__isnull=True)
            .first()
        )
        if request is None or request.subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            return False
        build_message(request).send()
        request.sent_at = timezone.now()
        request.save(update_fields=["sent_at"])
    return True
