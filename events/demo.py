"""The events of 2013 from the status note, plus two upcoming events to sign up for (the
»Om« page says that the content is demo content)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from events.models import EventIndexPage, EventPage
from lederweb.demo import ensure_child, ensure_home, paragraphs
from lederweb.models import SectionPage
from projects.models import ProjectPage

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


def ahead(days, hour, minute=0):
    """A time `days` from the day the demo is loaded, so the demo always has events to sign
    up for."""
    day = date.today() + timedelta(days=days)
    return at(day.year, day.month, day.day, hour, minute)


def dialogue_meeting(number, day, city):
    return {
        "slug": f"dialogmoede-{number}-naervaerende-ledelse-paa-afstand",
        "title": f"Dialogmøde {number}: Nærværende ledelse på afstand",
        "start": at(2013, *day, 13),
        "end": at(2013, *day, 16),
        "venue_name": city,
        "introduction": (
            "Dialogmøde om publikationen om, hvordan man leder medarbejdere, man ikke ser dagligt."
        ),
        "body": paragraphs(
            "Væksthuset holdt tre dialogmøder i forbindelse med projektet "
            "»Nærværende ledelse på afstand«. Møderne tog udgangspunkt i publikationen, der "
            "sætter fokus på, hvordan man leder medarbejdere, man ikke ser dagligt.",
            "Hvert møde begyndte med et kort oplæg og gik derefter over i dialog ved bordene.",
        ),
        "report": paragraphs(
            "De tre dialogmøder samlede i alt ca. 120 deltagere.",
            "Publikationen er trykt i 5.000 eksemplarer, og ca. 4.400 er sendt ud.",
        ),
        "sections": [3],
        "project": ["Nærværende ledelse på afstand", "Ledelse på afstand"],
    }


EVENTS = [
    {
        "slug": "erfaringsdag-for-projektledere-2013",
        "title": "Erfaringsdag for projektledere",
        "start": at(2013, 6, 12, 9, 30),
        "end": at(2013, 6, 12, 15, 30),
        "venue_name": "MUHZ",
        "venue_address": "Østerbro, København",
        "introduction": "En dag for alle projektledere tilknyttet Væksthuset.",
        "body": paragraphs(
            "Væksthus for Ledelse holdt den 12. juni 2013 en erfaringsdag på MUHZ på Østerbro. "
            "Dagen var for alle projektledere tilknyttet Væksthuset.",
            "Projektlederne delte erfaringer på tværs af projekterne og fik inspiration til "
            "at formidle resultaterne.",
        ),
        "sections": [1, 2, 3],
    },
    {
        "slug": "lanceringskonference-ledelse-af-frivillige",
        "title": "Lanceringskonference: Ledelse af frivillige",
        "start": at(2013, 4, 23, 13),
        "end": at(2013, 4, 23, 16),
        "venue_name": "Danske Regioner",
        "venue_address": "Dampfærgevej 22, 2100 København Ø",
        "introduction": (
            "Præsentationsevent og minikonference, hvor publikationen »Ledelse af frivillige« "
            "blev lanceret."
        ),
        "body": paragraphs(
            "Publikationen giver bud på, hvordan ledelse af frivillige kan ske på en god måde. "
            "Den blev præsenteret ved et event og en minikonference i Danske Regioner.",
            "Efter oplæggene drøftede deltagerne, hvordan frivillige og ansatte arbejder godt "
            "sammen.",
        ),
        "report": paragraphs(
            "Publikationen er trykt i 7.000 eksemplarer, og 2.000 er sendt ud.",
        ),
        "sections": [3],
        "project": ["Ledelse af frivillige"],
    },
    dialogue_meeting(1, (5, 28), "København"),
    dialogue_meeting(2, (6, 4), "Aarhus"),
    dialogue_meeting(3, (6, 18), "Odense"),
    {
        "slug": "vaeksthusdagen-2013",
        "title": "Væksthusdagen 2013",
        "start": at(2013, 9, 27, 9),
        "end": at(2013, 9, 27, 16),
        "venue_name": "Arbejdermuséet",
        "venue_address": "Rømersgade 22, 1362 København K",
        "introduction": "Internt arrangement for bestyrelsen og medlemmerne af de tre væksthuse.",
        "body": paragraphs(
            "Væksthusdagen 2013 blev holdt som et internt arrangement for bestyrelsen og "
            "medlemmerne af de tre væksthuse.",
        ),
        "report": paragraphs(
            "Deltagerne drøftede temaer til flere tværgående projekter og mere kant i "
            "projekterne i den indeværende OK-periode.",
        ),
        "sections": [1, 2, 3],
        "board": True,
    },
    {
        "slug": "dialogmoede-ledelse-af-overgange-i-sundhedsvaesenet",
        "title": "Dialogmøde: Ledelse af overgange i sundhedsvæsenet",
        "start": ahead(110, 13),
        "end": ahead(110, 16),
        "venue_name": "Danske Regioner",
        "venue_address": "Dampfærgevej 22, 2100 København Ø",
        "introduction": "Et dialogmøde i et lille forum om borgere, der skifter sektor.",
        "body": paragraphs(
            "Ledere fra kommuner og regioner mødes om, hvordan patienter og borgere kommer godt "
            "fra sektor til sektor.",
            "Der er kun fem pladser. Er mødet fuldt, kommer du på venteliste, og vi skriver "
            "til dig, hvis der bliver en plads.",
        ),
        "capacity": 5,
        "sections": [2, 3],
        "project": ["Ledelse af overgange i sundhedsvæsenet"],
    },
    {
        "slug": "erfaringsdag-for-projektledere",
        "title": "Erfaringsdag for projektledere",
        "start": ahead(195, 9, 30),
        "end": ahead(195, 15, 30),
        "venue_name": "KL",
        "venue_address": "Weidekampsgade 10, 2300 København S",
        "introduction": "Erfaringsudveksling for Væksthusets projektledere.",
        "body": paragraphs(
            "Projektlederne i Væksthusets projekter deler erfaringer på tværs af projekterne.",
            "Tilmeldingen lukker to uger før, så vi kan planlægge dagen efter deltagernes ønsker.",
        ),
        "capacity": 40,
        "registration_deadline": ahead(181, 12),
        "sections": [1, 2, 3],
    },
]


def find_project(titles):
    for title in titles:
        project = ProjectPage.objects.filter(title=title).first()
        if project:
            return project
    return None


def load():
    index = ensure_child(
        ensure_home(),
        EventIndexPage,
        "arrangementer",
        title="Arrangementer",
        show_in_menus=True,
        introduction=(
            "Erfaringsdage, dialogmøder og konferencer om god offentlig ledelse i kommuner "
            "og regioner."
        ),
    )
    sections = {section.number: section for section in SectionPage.objects.all()}
    for event in EVENTS:
        fields = dict(event)
        slug = fields.pop("slug")
        fields["vaeksthuse"] = [sections[n] for n in fields.pop("sections") if n in sections]
        fields["project"] = find_project(fields.pop("project", []))
        ensure_child(index, EventPage, slug, **fields)
    return index
