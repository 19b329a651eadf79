"""Mails with a plain-text and an HTML part, made from a pair of templates.

The text part is rendered without HTML escaping: a name typed as `<script>` reads literally
there, and is escaped only in the HTML part. Reader-facing mails come from the secretariat.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string


def render_text(template_name, context):
    """Render a template as plain text: no autoescaping, not even in included templates."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def templated_mail(template_base, context, *, subject, to, from_email=None, **kwargs):
    """An EmailMultiAlternatives from `<template_base>.txt` and `<template_base>.html`,
    sent from SECRETARIAT_FROM_EMAIL unless `from_email` says otherwise."""
    message = EmailMultiAlternatives(
        subject=" ".join(str(subject).split()),
        body=render_text(f"{template_base}.txt", context),
        from_email=from_email or settings.SECRETARIAT_FROM_EMAIL,
        to=to,
        **kwargs,
    )
    message.attach_alternative(render_to_string(f"{template_base}.html", context), "text/html")
    return message
