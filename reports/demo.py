"""The status note 2013's own words and the figures the site cannot count: followers in
October 2012 and 2013, the media that mentioned the Væksthus, who came to the dialogue
meetings. Creates only what is missing."""

import datetime as dt

from django.utils import timezone
from wagtail.models import Page

from events.models import EventPage
from reports.models import EventAttendance, FollowerCount, MediaMention, StatusNote

# When the 2013 products were launched: the demo publishes them the day it is loaded, the note
# counts them in the year they came out.
LAUNCHES = {
    "Innovative gaver – 25 idéer": dt.date(2012, 12, 19),
    "Fra medarbejder til leder": dt.date(2013, 6, 7),
    "Ledere der lærer sammen": dt.date(2013, 9, 2),
}

FOLLOWERS = [
    (FollowerCount.Channel.FACEBOOK, dt.date(2012, 10, 1), 1950),
    (FollowerCount.Channel.TWITTER, dt.date(2012, 10, 1), 265),
    (FollowerCount.Channel.FACEBOOK, dt.date(2013, 10, 1), 2375),
    (FollowerCount.Channel.TWITTER, dt.date(2013, 10, 1), 694),
]

MENTIONS = [
    ("Ugebrevet A4", dt.date(2013, 2, 14), "Ledere skal lære at lede dem, de ikke ser"),
    ("HK-bladet", dt.date(2013, 3, 7), "Fra medarbejder til leder: kommuner satser på talenter"),
    ("Ekstra Bladet", dt.date(2013, 4, 22), "Frivillige kræver også ledelse"),
    ("finans.tv2", dt.date(2013, 5, 6), "Ny bog: Sådan leder du på afstand"),
    ("Danske Kommuner", dt.date(2013, 6, 13), "Topchefer på strategisk værksted"),
    ("Kommunalbladet", dt.date(2013, 8, 29), "Ledere der lærer sammen i netværk"),
    ("FTF", dt.date(2013, 9, 12), "Innovation skal være konkret i hverdagen"),
]

# "Der er afholdt tre dialogmøder for ca. 120 deltagere": the note gives only the sum.
ATTENDANCE = {f"dialogmoede-{n}-naervaerende-ledelse-paa-afstand": 40 for n in (1, 2, 3)}


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


NOTE_2013 = {
    "introduction": (
        "<p>Dette notat gør status over, hvordan Væksthus for Ledelse har arbejdet med at "
        "udvikle og synliggøre god offentlig ledelse i kommuner og regioner i det seneste "
        "år.</p><p>Målet med Væksthus for Ledelse er at udvikle, opsamle og dele ny viden, der "
        "kan omsættes til bedre offentlig ledelse, samt sætte god ledelse på dagsordenen i "
        "kommuner og regioner. Væksthus for Ledelse er et partssamarbejde mellem KL, Danske "
        "Regioner, KTO og Sundhedskartellet.</p>"
    ),
    "highlights": ul(
        "Der er blevet gennemført en undersøgelse af, hvad kommunale og regionale ledere "
        "bruger Væksthusets publikationer til, og hvad de synes om dem. Konklusionen var, at "
        "lederne bruger publikationerne, som de finder praksisnære og hjælpsomme.",
        "Væksthusdagen 2013 blev holdt som et internt arrangement for bestyrelsen og "
        "medlemmerne af de tre væksthuse. Deltagerne drøftede temaer til flere tværgående "
        "projekter og mere kant i projekterne i den indeværende OK-periode.",
    ),
    "network": (
        "<p>Væksthuset er et bredt netværk, hvor KL, Danske Regioner, KTO og Sundhedskartellet "
        "i samarbejde med ledere fra kommuner og regioner gennem projekter udvikler viden og "
        "værktøjer om god ledelse. Væksthuset ledes af en bestyrelse af politikere og "
        "topembedsmænd fra KL, Danske Regioner og KTO; herunder er der tre væksthuse for "
        "henholdsvis topledere, mellemledere og institutions- og afdelingsledere.</p>"
    ),
    "communication": (
        "<p>I 2013 er der iværksat forskellige initiativer for at synliggøre aktiviteter i "
        "Væksthus for Ledelse. Sekretariatet har blandt andet været i kontakt med en journalist "
        "fra Politiken og drøftet mediehåndtering med KL's kommunikationsafdeling.</p>"
    ),
    "focus_areas": ul(
        "<b>Søgemaskineoptimering.</b> Fortsat arbejdet med at optimere, så Lederweb ligger "
        "godt i organiske søgeresultater i Google.",
        "<b>Grafiske forbedringer.</b>",
        "<b>E-publikationer.</b> At få konverteret alle Væksthusets publikationer til et "
        "e-pjece-format, der er optimeret til tablets.",
        "<b>E-kursus.</b> Udarbejdelse, udvikling og opsætning af e-kursus.",
    ),
    "next_focus_areas": ul(
        "Søgemaskineoptimering, så Lederweb fortsat ligger godt i organiske søgeresultater.",
        "Brugerundersøgelse af brugernes behov på Lederweb, også som evaluering af "
        "optimeringen mod mobile enheder.",
        "Omstrukturere menuer, så der kan gives et mere enkelt og struktureret overblik.",
    ),
}


def load():
    for channel, date, followers in FOLLOWERS:
        FollowerCount.objects.get_or_create(
            channel=channel, date=date, defaults={"followers": followers}
        )
    for medium, date, title in MENTIONS:
        MediaMention.objects.get_or_create(medium=medium, date=date, defaults={"title": title})
    for event in EventPage.objects.filter(slug__in=ATTENDANCE):
        EventAttendance.objects.get_or_create(
            event=event, defaults={"attended": ATTENDANCE[event.slug]}
        )
    StatusNote.objects.get_or_create(year=2013, defaults=NOTE_2013)
    for title, launched in LAUNCHES.items():
        moment = timezone.make_aware(dt.datetime.combine(launched, dt.time(9)))
        Page.objects.filter(title=title, first_published_at__gt=moment).update(
            first_published_at=moment
        )
