"""The texts of the short answer pages (templates/pages/newsletter_message.html)."""

from django.utils.translation import gettext_lazy as _

from newsletter.policy import (
    CONFIRMATION_LINK_VALIDITY,
    PREFERENCES_LINK_VALIDITY,
    WITHDRAWAL_RETENTION_YEARS,
)
from newsletter.subscriptions import Confirmation

LINK_DAYS = CONFIRMATION_LINK_VALIDITY.days
SIGN_UP_AGAIN = (_("Tilmeld dig nyhedsbrevet igen"), "/nyhedsbrev/")
FRONT_PAGE = (_("Gå til forsiden"), "/")

PAGES = {
    "thanks": {
        "title": _("Tak! Tjek din indbakke og bekræft tilmeldingen"),
        "paragraphs": [
            _(
                "Vi har sendt en mail til den adresse, du skrev. Klik på linket i mailen for at "
                "bekræfte, at du vil have nyhedsbrevet. Linket virker i %(days)s dage."
            )
            % {"days": LINK_DAYS},
            _(
                "Kan du ikke finde mailen, så kig i mappen med uønsket post. Er du allerede "
                "tilmeldt, får du en mail om det i stedet."
            ),
        ],
        "links": [FRONT_PAGE],
    },
    "confirmed": {
        "title": _("Tak – du er nu tilmeldt nyhedsbrevet"),
        "paragraphs": [
            _(
                "Du får Lederwebs nyhedsbrev hver uge. Vi har sendt dig en velkomstmail med et "
                "link til dine indstillinger, hvor du kan vælge væksthuse, hente dine "
                "oplysninger eller afmelde dig. Det link er også nederst i hvert nyhedsbrev."
            )
        ],
        "links": [FRONT_PAGE],
    },
    "already_confirmed": {
        "title": _("Tilmeldingen er allerede bekræftet"),
        "paragraphs": [_("Du er tilmeldt nyhedsbrevet og behøver ikke gøre mere.")],
        "links": [FRONT_PAGE],
    },
    "expired": {
        "title": _("Linket er udløbet"),
        "paragraphs": [
            _(
                "Linket i bekræftelsesmailen virker kun i %(days)s dage. Tilmeld dig igen "
                "herunder, så sender vi dig et nyt link."
            )
            % {"days": LINK_DAYS}
        ],
    },
    "invalid": {
        "title": _("Linket virker ikke"),
        "paragraphs": [
            _(
                "Linket er ikke gyldigt. Måske er det blevet klippet over i mailen, eller "
                "tilmeldingen er slettet. Tilmeld dig igen herunder."
            )
        ],
    },
    "unsubscribed": {
        "title": _("Du er nu afmeldt nyhedsbrevet"),
        "paragraphs": [
            _(
                "Vi sender ikke flere nyhedsbreve til dig, og din e-mailadresse er slettet. Vi "
                "gemmer kun det, der viser, at du har afmeldt dig, i %(years)s år."
            )
            % {"years": WITHDRAWAL_RETENTION_YEARS}
        ],
        "links": [SIGN_UP_AGAIN, FRONT_PAGE],
    },
    "already_unsubscribed": {
        "title": _("Du er allerede afmeldt"),
        "paragraphs": [_("Du får ikke nyhedsbrevet længere.")],
        "links": [SIGN_UP_AGAIN, FRONT_PAGE],
    },
    "preferences_link_sent": {
        "title": _("Tjek din indbakke"),
        "paragraphs": [
            _(
                "Er adressen tilmeldt nyhedsbrevet, har vi sendt et nyt link til dine "
                "indstillinger. Det virker i %(days)s dage."
            )
            % {"days": PREFERENCES_LINK_VALIDITY.days},
            _("Kan du ikke finde mailen, så kig i mappen med uønsket post."),
        ],
        "links": [FRONT_PAGE],
    },
    "deleted": {
        "title": _("Dine oplysninger er slettet"),
        "paragraphs": [
            _(
                "Vi har slettet din e-mailadresse, dine valg og din samtykkehistorik. Du får "
                "ikke flere mails fra os."
            )
        ],
        "links": [SIGN_UP_AGAIN, FRONT_PAGE],
    },
}

# The page, its HTTP status and whether it offers the sign-up form again.
CONFIRMATION_PAGES = {
    Confirmation.CONFIRMED: (PAGES["confirmed"], 200, False),
    Confirmation.ALREADY_CONFIRMED: (PAGES["already_confirmed"], 200, False),
    Confirmation.EXPIRED: (PAGES["expired"], 410, True),
    Confirmation.INVALID: (PAGES["invalid"], 404, True),
}

# The breadcrumbs after the front page, per address. Fixed per address (the page header with
# the breadcrumbs is cached per path), so they name the step, not the outcome.
NEWSLETTER = (_("Nyhedsbrev"), "/nyhedsbrev/")
BREADCRUMBS = {
    "signup": [(NEWSLETTER[0], None)],
    "thanks": [NEWSLETTER, (_("Tak for din tilmelding"), None)],
    "confirm": [NEWSLETTER, (_("Bekræft tilmelding"), None)],
    "unsubscribe": [NEWSLETTER, (_("Afmeld nyhedsbrevet"), None)],
    "preferences": [NEWSLETTER, (_("Dine indstillinger"), None)],
    "preferences_link": [NEWSLETTER, (_("Nyt link til dine indstillinger"), None)],
    "delete": [NEWSLETTER, (_("Slet dine oplysninger"), None)],
}
