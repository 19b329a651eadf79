"""The privacy page ("Privatlivspolitik") for the demo content: what the newsletter stores, why,
for how long (the periods in newsletter/policy.py) and the subscriber's rights."""

from lederweb.demo import ensure_child, ensure_home, heading, rich_paragraph
from lederweb.models import StandardPage
from newsletter.policy import (
    CONFIRMATION_LINK_VALIDITY,
    UNCONFIRMED_RETENTION,
    WITHDRAWAL_RETENTION_YEARS,
)

PRIVACY_POLICY = [
    rich_paragraph(
        "<p>Væksthus for Ledelse er dataansvarlig for de oplysninger, Lederweb gemmer om dig. "
        "Lederweb sætter kun de cookies, der skal til, for at formularerne virker, og bruger "
        "ingen cookies til statistik eller markedsføring.</p>"
    ),
    heading("Hvad vi gemmer, når du tilmelder dig nyhedsbrevet"),
    rich_paragraph(
        "<p>Din e-mailadresse, de væksthuse du vil have nyt fra, og hvornår du tilmeldte og "
        "bekræftede dig. Som bevis for dit samtykke gemmer vi også den præcise samtykketekst, "
        "du sagde ja til, dens version, og hvilken formular du brugte (tilmeldingssiden eller "
        "sidefoden).</p>"
    ),
    heading("Hvorfor"),
    rich_paragraph(
        "<p>Vi bruger oplysningerne til at sende dig nyhedsbrevet med de væksthuse, du har "
        "valgt, og til at kunne vise, at du selv har bedt om det. Grundlaget er dit samtykke "
        "(databeskyttelsesforordningens artikel 6, stk. 1, litra a). Vi giver ikke "
        "oplysningerne videre til andre end den mailtjeneste, der sender nyhedsbrevet for "
        "os.</p>"
    ),
    heading("Hvor længe vi gemmer oplysningerne"),
    rich_paragraph(
        f"<p>Bekræfter du ikke din tilmelding, holder linket i bekræftelsesmailen op med at "
        f"virke efter {CONFIRMATION_LINK_VALIDITY.days} dage, og vi sletter adressen "
        f"{UNCONFIRMED_RETENTION.days} dage efter din seneste tilmelding.</p>"
        f"<p>Afmelder du dig, sletter vi straks din e-mailadresse og dine valg. Vi gemmer kun en "
        f"envejskodet udgave (hash) af adressen og samtykkehistorikken med datoen for "
        f"afmeldingen i {WITHDRAWAL_RETENTION_YEARS} år – forældelsesfristen – så vi kan "
        f"dokumentere, at vi har respekteret din afmelding. Derefter sletter vi også det.</p>"
    ),
    heading("Dine rettigheder"),
    rich_paragraph(
        "<p>Nederst i hvert nyhedsbrev er der et link til dine indstillinger. Der kan du "
        "ændre dine valg, hente alle de oplysninger, vi har om dig, som en fil (indsigt og "
        "dataportabilitet), afmelde dig med ét klik (tilbagetrækning af samtykke) og slette "
        "dig helt (sletning). Du kan også skrive til sekretariatet for Væksthus for Ledelse på "
        '<a href="mailto:lederweb@kl.dk">lederweb@kl.dk</a>, hvis du vil have rettet eller '
        "slettet noget.</p>"
        "<p>Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til "
        'Datatilsynet, <a href="https://www.datatilsynet.dk">datatilsynet.dk</a>.</p>'
    ),
]


def load():
    ensure_child(
        ensure_home(),
        StandardPage,
        "privatlivspolitik",
        title="Privatlivspolitik",
        introduction="Hvad Lederweb gemmer om dig, hvorfor, hvor længe, og hvad du har ret til.",
        body=PRIVACY_POLICY,
    )
