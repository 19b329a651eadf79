from django import template

from newsletter.forms import SignupForm
from newsletter.models import Consent
from newsletter.policy import CONSENT_TEXT, PRIVACY_PAGE_URL

register = template.Library()


@register.inclusion_tag("components/newsletter_footer_form.html", takes_context=True)
def newsletter_footer_form(context):
    """The compact sign-up form in every page's footer (the csrf_token comes along; its
    fields are a fragment keyed on the site generation)."""
    return {
        "form": SignupForm(auto_id="nyhedsbrev-sidefod-%s", source=Consent.Source.FOOTER),
        "cache_generation": context.get("cache_generation"),
    }


@register.inclusion_tag("components/newsletter_consent.html")
def newsletter_consent():
    """The exact consent text stored with each sign-up, next to the button that gives it."""
    return {"consent_text": CONSENT_TEXT, "privacy_url": PRIVACY_PAGE_URL}
