"""The privacy page ("Privatlivspolitik") for the demo content: what the newsletter stores, why,
for how long (the periods in newsletter/policy.py) and the subscriber's rights; and the
subscribers' history behind the status note's figures (about 21.000 at the start of October
2012, just over 23.000 a year later).

The history's subscribers have all unsubscribed since, within the last two years: they are
withdrawal records (a hash, the consent and its withdrawal), so nothing is ever sent to them,
a test that sends the newsletter on the demo content sends to its own subscribers only, and
the purge (retention.py, three years) leaves them for now."""

import datetime as dt
import random

from django.db import connection
from django.utils import timezone
from psycopg import sql

from lederweb.demo import ensure_child, ensure_home, heading, rich_paragraph
from lederweb.models import StandardPage
from newsletter.models import Consent, Subscriber, hash_email, new_token
from newsletter.policy import (
    CONFIRMATION_LINK_VALIDITY,
    CONSENT_TEXT,
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
    load_subscriber_history()
    ensure_child(
        ensure_home(),
        StandardPage,
        "privatlivspolitik",
        title="Privatlivspolitik",
        introduction="Hvad Lederweb gemmer om dig, hvorfor, hvor længe, og hvad du har ret til.",
        body=PRIVACY_POLICY,
    )


# Confirmed before October 2012, and in the year after it: 21.040 and 23.112 subscribers.
HISTORY = [
    (dt.datetime(2006, 1, 1), dt.datetime(2012, 9, 30), 21_040),
    (dt.datetime(2012, 10, 1), dt.datetime(2013, 9, 30), 2_072),
]
HISTORY_DOMAIN = "historik.lederweb.invalid"
# The old list kept no consent texts of its own; the history marks its consents as such.
HISTORY_CONSENT_VERSION = "før 2014"


def _moment(rng, start, end):
    seconds = rng.uniform(0, (end - start).total_seconds())
    return timezone.make_aware(start + dt.timedelta(seconds=seconds))


def history_subscribers(now):
    """The history's subscribers as rows of SUBSCRIBER_FIELDS, made up from a fixed seed."""
    rng = random.Random(2013)  # noqa: S311 (made-up demo times, the same on every load)
    number = 0
    for start, end, count in HISTORY:
        for _ in range(count):
            number += 1
            confirmed = _moment(rng, start, end)
            yield (
                hash_email(f"abonnent-{number}@{HISTORY_DOMAIN}"),
                Subscriber.Status.UNSUBSCRIBED.value,
                new_token(),
                confirmed - dt.timedelta(minutes=rng.randint(1, 600)),
                confirmed,
                now - dt.timedelta(seconds=rng.uniform(3600, 700 * 86400)),
            )


# The address itself is NULL, as after any unsubscribe.
SUBSCRIBER_FIELDS = [
    "id",
    "email_hash",
    "status",
    "token",
    "created_at",
    "confirmed_at",
    "unsubscribed_at",
]


def load_subscriber_history():
    """23.112 subscribers and their consents, written with PostgreSQL's COPY and one
    INSERT … SELECT: as model instances and bulk_create they took a quarter of the whole demo
    load."""
    first = hash_email(f"abonnent-1@{HISTORY_DOMAIN}")
    if Subscriber.objects.filter(email_hash=first).exists():
        return
    history = list(history_subscribers(timezone.now()))
    with connection.cursor() as cursor:
        ids = _next_ids(cursor, Subscriber, len(history))
        _copy(
            cursor,
            Subscriber,
            SUBSCRIBER_FIELDS,
            ((id_, *row) for id_, row in zip(ids, history, strict=True)),
        )
        # Each consent: given when the subscriber signed up, confirmed and withdrawn with them.
        cursor.execute(
            f"""
            INSERT INTO {Consent._meta.db_table}
                (subscriber_id, text, version, source, given_at, confirmed_at, withdrawn_at)
            SELECT id, %s, %s, %s, created_at, confirmed_at, unsubscribed_at
            FROM {Subscriber._meta.db_table} WHERE id = ANY(%s) ORDER BY id
            """,  # noqa: S608 (table names from the models)
            [CONSENT_TEXT, HISTORY_CONSENT_VERSION, Consent.Source.SIGNUP_PAGE.value, ids],
        )


def _next_ids(cursor, model, count):
    """count primary keys from the model's sequence, in order, as bulk_create would take."""
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        [model._meta.db_table, count],
    )
    return sorted(id_ for (id_,) in cursor.fetchall())


def _copy(cursor, model, fields, rows):
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table),
        sql.SQL(", ").join(sql.Identifier(model._meta.get_field(name).column) for name in fields),
    )
    with cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
