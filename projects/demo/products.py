"""The 2013 products: the idea collection "Innovative gaver", the tool "Ledere der lærer
sammen" and the programme "Fra medarbejder til leder"."""

from lederweb.demo import paragraphs

IDEAS = [
    "Start mødet med en succes",
    "Byt job for en dag",
    "Spørg borgeren først",
    "Den tomme stol",
    "Fejr de gode fejl",
    "Idévæggen i frokoststuen",
    "Fem minutters prototype",
    "Lån en kollega fra en anden forvaltning",
    "Stop én ting hver måned",
    "Gå en tur med problemet",
    "Inviter en skeptiker",
    "Tegn i stedet for at skrive",
    "Lyt til de nye",
    "Spørg: hvad nu hvis?",
    "Et budget til små eksperimenter",
    "Del en fiasko på personalemødet",
    "Skift mødelokale",
    "Sæt en dato for evalueringen",
    "Brug borgernes egne ord",
    "Giv idéen et navn",
    "Find en ambassadør",
    "Mål det, der betyder noget",
    "Fortæl historien videre",
    "Tag på studietur i egen kommune",
    "Gør innovation til en vane",
]

TOOL_VIDEOS = [
    ("Sæt læring på dagsordenen i ledergruppen", "sæt-læring-på-dagsordenen"),
    ("Når netværket går i stå", "når-netværket-går-i-stå"),
]

TASK_SHEETS = [
    (
        "Opgaveark 1: Jeres læringsmål",
        ["Hvad vil vi lære sammen i år?", "Hvordan ser vi, at vi har lært det?"],
    ),
    (
        "Opgaveark 2: Refleksion efter mødet",
        ["Hvad tager jeg med fra i dag?", "Hvad prøver jeg af inden næste møde?"],
    ),
]

TOOL_BODY = paragraphs(
    "Ledere der lærer sammen er et online værktøj med videoer og opgaveark, der hjælper "
    "ledergrupper og ledernetværk med at sætte læring på dagsordenen.",
    "Se en video sammen, og brug opgavearket til samtalen bagefter.",
)

PROGRAMME = {
    "audience": "Kommunale medarbejdere fra alle sektorer, der har lyst til og mod på et "
    "lederjob, og som vil afklare, om ledelse er noget for dem.",
    "course": paragraphs(
        "Forløbet består af moduler om ledelse i praksis, personlig afklaring og sparring med "
        "erfarne ledere fra deltagernes egen kommune.",
        "Undervejs afprøver deltagerne ledelsesopgaver på egen arbejdsplads med støtte fra "
        "deres nærmeste leder.",
    ),
    "participants": 118,
    "municipalities": 20,
    "participant_note": "118 medarbejdere fra forskellige sektorer i 20 kommuner har været "
    "igennem forløbet.",
    "evaluation": "<p>Evalueringen viser <b>stor tilfredshed</b> blandt deltagerne. "
    "Deltagerne fremhæver især sparringen med erfarne ledere.</p>",
}
