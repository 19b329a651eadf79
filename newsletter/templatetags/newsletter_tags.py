from django import template

from newsletter.forms import SignupForm
from newsletter.models import Consent
from newsletter.policy import CONSENT_TEXT, PRIVACY_PAGE_URL

register = template.Library()


@register.inclusion_tag("components/newsletter_footer_form.html")
def newsletter_footer_form():
    """The compact sign-up form in every page's footer (the csrf_token comes along)."""
    return {"form": SignupForm(auto_id="nyhedsbrev-sidefod-%s", source=Consent.Source.FOOTER)}


@register.inclusion_tag("components/newsletter_consent.html")
def newsletter_consent():
    """The exact consent text stored with each sign-up, next to the button that gives it."""
    return {"consent_text": CONSENT_TEXT, "privacy_url": PRIVACY_PAGE_URL}
