"""The projects of the status note: the nine ongoing ones and those the 2013 articles and
publications refer to. Titles are exact, so other apps find a project by its title.

"Innovations glimt" (the article "Vinderopskrifter på innovation") and "Strategisk værksted"
(the article "Topchefer sendt på værksted") are taken to be the ongoing projects "Innovative
glimt" and "Strategisk værksted - Nye løsninger i en krisetid": the note lists the same work
under a shorter name. "Jens Arentzens metode" is the finished project whose sequel is the
ongoing "Arentzens metode – flere nye film"."""

import datetime

ONGOING = "igangvaerende"
FINISHED = "afsluttet"


def project(title, sections, summary, start, end=None, status=ONGOING, themes=(), board=False):
    return {
        "title": title,
        "sections": sections,
        "board": board,
        "introduction": summary,
        "start_date": datetime.date(*start),
        "end_date": datetime.date(*end) if end else None,
        "status": status,
        "themes": themes,
    }


PROJECTS = [
    # The nine ongoing projects, as the note lists them.
    project(
        "Strategisk værksted - Nye løsninger i en krisetid",
        [1],
        "Et strategisk værksted for kommunale og regionale direktioner om nye løsninger, "
        "når økonomien strammer.",
        (2012, 9, 1),
        themes=["Strategi"],
    ),
    project(
        "Toplederens egen kompetenceudvikling",
        [1],
        "Et kompetenceudviklingsforløb for topledere om deres egen læring i jobbet.",
        (2013, 1, 1),
        themes=["Strategi", "Talentudvikling"],
    ),
    project(
        "Ledelse af overgange i sundhedsvæsenet",
        [2, 3],
        "Hvordan ledere skaber sammenhæng for patienter og borgere mellem sygehus og kommune.",
        (2013, 3, 1),
        themes=["Sammenhængskraft"],
    ),
    project(
        "Innovative glimt",
        [2],
        "Korte fortællinger og film om innovation, der er lykkedes i kommuner og regioner.",
        (2012, 10, 1),
        themes=["Innovation"],
    ),
    project(
        "Lederens rolle i den innovative praksis",
        [3],
        "Hvad gør lederen, når medarbejderne skal skabe nye løsninger i hverdagen?",
        (2013, 4, 1),
        themes=["Innovation"],
    ),
    project(
        "Lederuddannelser skaber ringe i vandet",
        [2],
        "Hvordan lederuddannelse gør en forskel for lederen, medarbejderne og organisationen.",
        (2013, 2, 1),
        themes=["Talentudvikling"],
    ),
    project(
        "Få mere ud af dit ledernetværk (Ledere der lærer sammen)",
        [1, 2, 3],
        "Et online værktøj med videoer og opgaveark, der hjælper ledergrupper og ledernetværk "
        "med at sætte læring på dagsordenen.",
        (2012, 11, 1),
        themes=["Læring i ledernetværk"],
    ),
    project(
        "Arentzens metode – flere nye film",
        [2],
        "Nye film med Jens Arentzens metode til at tale om de svære situationer i ledelse.",
        (2013, 5, 1),
        themes=["Dialog og kommunikation"],
    ),
    project(
        "Når der ledes på flere arbejdspladser – samtidigt (områdeledelse)",
        [3],
        "Om at lede flere institutioner eller afdelinger på én gang.",
        (2013, 6, 1),
        themes=["Ledelse på afstand"],
    ),
    # Projects the articles and publications refer to.
    project(
        "Innovative gaver",
        [3],
        "Et mobilsite med 25 innovative idéer, der gør innovation konkret i lederens hverdag.",
        (2012, 6, 1),
        (2012, 12, 31),
        FINISHED,
        ["Innovation"],
    ),
    project(
        "Sammenhængskraft",
        [1, 2, 3],
        "Om ledelse, der får organisationen til at hænge sammen på tværs af niveauer og "
        "faggrænser.",
        (2011, 1, 1),
        (2013, 6, 30),
        FINISHED,
        ["Sammenhængskraft", "Dialog og kommunikation"],
    ),
    project(
        "Jens Arentzens metode",
        [2],
        "Film og dialogkort om ledelsessituationer, der driller, efter Jens Arentzens metode.",
        (2012, 1, 1),
        (2013, 3, 31),
        FINISHED,
        ["Dialog og kommunikation"],
    ),
    project(
        "Idéer der forandrer",
        [3],
        "En konkurrence om de bedste idéer til forandring fra institutions- og afdelingsledere.",
        (2012, 9, 1),
        (2013, 4, 30),
        FINISHED,
        ["Innovation"],
    ),
    project(
        "Ledelse af frivillige",
        [3],
        "Hvordan ledelse af frivillige kan ske på en god måde – med publikation og konference.",
        (2012, 6, 1),
        (2013, 10, 31),
        FINISHED,
        ["Frivillige"],
    ),
    project(
        "Ledelse på afstand",
        [3],
        "Om at lede medarbejdere, man ikke ser dagligt. Projektet udgav publikationen "
        "»Nærværende ledelse på afstand«.",
        (2012, 3, 1),
        (2013, 9, 30),
        FINISHED,
        ["Ledelse på afstand"],
    ),
    project(
        "Fra medarbejder til leder",
        [],
        "Et ledertalentudviklingsforløb, hvor kommunale medarbejdere afklares og klædes på til "
        "et lederjob.",
        (2012, 8, 1),
        (2013, 6, 30),
        FINISHED,
        ["Talentudvikling"],
        board=True,
    ),
    project(
        "Ledere der lykkes",
        [1, 2, 3],
        "Projektet bag publikationen »Ledere der lykkes« om, hvad der kendetegner "
        "ledere, der lykkes i kommuner og regioner.",
        (2010, 1, 1),
        (2011, 6, 30),
        FINISHED,
        ["Strategi"],
    ),
]

# The shorter names the 2013 articles use for two of the ongoing projects.
ALIASES = {
    "Innovations glimt": "Innovative glimt",
    "Strategisk værksted": "Strategisk værksted - Nye løsninger i en krisetid",
}

CONTACTS = [
    {
        "name": "Sekretariatet for Væksthus for Ledelse",
        "organisation": "KL",
        "email": "lederweb@kl.dk",
        "role": "Demokontakt",
    },
]

PARTNERS = ["KL", "Danske Regioner", "KTO", "Sundhedskartellet"]
