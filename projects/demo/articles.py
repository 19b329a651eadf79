"""The eleven project articles of the status note with their exact dates and markings."""

import datetime

BOARD = "board"


def article(title, date, markings, project, themes, introduction, image_alt):
    return {
        "title": title,
        "date": datetime.date(*date),
        "sections": [m for m in markings if m != BOARD],
        "board": BOARD in markings,
        "project": project,
        "themes": themes,
        "introduction": introduction,
        "image_alt": image_alt,
    }


ARTICLES = [
    article(
        "Træn din innovationsmuskel",
        (2012, 12, 19),
        [3],
        "Innovative gaver",
        ["Innovation"],
        "Innovation er ikke kun for de få. Som leder kan du træne hele personalegruppen i at "
        "tænke nyt – lidt hver dag.",
        "Abstrakt illustration i blå og gule cirkler, der symboliserer nye idéer.",
    ),
    article(
        "Da krigen sluttede",
        (2013, 1, 11),
        [1, 2, 3],
        "Sammenhængskraft",
        ["Sammenhængskraft"],
        "Når fagligheder og niveauer står stejlt over for hinanden, kan ledelse skabe fred og "
        "fælles retning.",
        "Abstrakt illustration med to farveflader, der mødes og glider sammen.",
    ),
    article(
        "Postmand Per og den pæne pige",
        (2013, 2, 1),
        [2],
        "Jens Arentzens metode",
        ["Dialog og kommunikation"],
        "To typiske roller på arbejdspladsen – og hvordan lederen taler med dem begge, når det "
        "brænder på.",
        "Abstrakt illustration med to runde figurer i samtale.",
    ),
    article(
        "Vinderopskrifter på innovation",
        (2013, 2, 8),
        [2],
        "Innovations glimt",
        ["Innovation"],
        "Hvad har de innovative arbejdspladser til fælles? Fem opskrifter fra ledere, der er "
        "lykkedes.",
        "Abstrakt illustration med fem farvede felter som en opskrift i fem trin.",
    ),
    article(
        "Når dialogen driller",
        (2013, 3, 1),
        [1, 2, 3],
        "Sammenhængskraft",
        ["Sammenhængskraft", "Dialog og kommunikation"],
        "Misforståelser mellem ledelsesniveauer koster tid og tillid. Sådan får du dialogen på "
        "sporet igen.",
        "Abstrakt illustration med talebobler i forskellige farver.",
    ),
    article(
        "Topchefer sendt på værksted",
        (2013, 3, 22),
        [1],
        "Strategisk værksted",
        ["Strategi"],
        "Direktioner fra kommuner og regioner har arbejdet med nye løsninger i en krisetid på "
        "et strategisk værksted.",
        "Abstrakt illustration med værktøjsagtige former på mørkeblå baggrund.",
    ),
    article(
        "Her er den bedste idé til forandring",
        (2013, 3, 27),
        [3],
        "Idéer der forandrer",
        ["Innovation"],
        "Institutions- og afdelingsledere har sendt deres bedste idéer til forandring. Her er "
        "vinderen.",
        "Abstrakt illustration med en stor gul cirkel som en pære, der lyser.",
    ),
    article(
        "Frivillige skal også ledes",
        (2013, 4, 19),
        [3],
        "Ledelse af frivillige",
        ["Frivillige"],
        "Flere frivillige i velfærden stiller nye krav til lederen. En ny publikation giver "
        "bud på god ledelse af frivillige.",
        "Abstrakt illustration med mange små cirkler, der danner en gruppe.",
    ),
    article(
        "Ny publikation: Sådan leder du på afstand",
        (2013, 5, 3),
        [3],
        "Ledelse på afstand",
        ["Ledelse på afstand"],
        "Hvordan leder man medarbejdere, man ikke ser dagligt? Publikationen »Nærværende "
        "ledelse på afstand« giver konkrete råd.",
        "Abstrakt illustration med to figurer langt fra hinanden forbundet af en linje.",
    ),
    article(
        "Hjælp dine medarbejdere til at blive ledere",
        (2013, 6, 7),
        [BOARD],
        "Fra medarbejder til leder",
        ["Talentudvikling"],
        "118 medarbejdere fra 20 kommuner har afprøvet, om lederjobbet er noget for dem. Sådan "
        "kan du hjælpe dine egne talenter på vej.",
        "Abstrakt illustration med en trappe af farvede flader, der fører opad.",
    ),
    article(
        "Hold talenterne varme",
        (2013, 6, 21),
        [BOARD],
        "Fra medarbejder til leder",
        ["Talentudvikling"],
        "Når talentforløbet er slut, begynder det egentlige arbejde. Sådan holder du "
        "ledertalenterne i gang.",
        "Abstrakt illustration i varme orange og gule farver.",
    ),
]


def demo_body(article):
    """Short, plainly demo body text for an article the note names without its text."""
    return [
        (
            "paragraph",
            f"<p><em>Demotekst:</em> Artiklen »{article['title']}« blev bragt på "
            f"Lederweb i forbindelse med projektet »{article['project']}«. "
            "Den oprindelige tekst indsættes af sekretariatet.</p>",
        ),
        ("heading", {"text": "Hvad kan du bruge det til?", "level": "h2"}),
        (
            "paragraph",
            "<p>Her står en kort gennemgang af projektets erfaringer med eksempler fra "
            "kommuner og regioner: hvad lederne gjorde, hvad der virkede, og hvad de ville "
            "gøre anderledes næste gang. Teksten er kun et eksempel på, hvordan en artikel "
            "ser ud på siden.</p>",
        ),
        (
            "quote",
            {
                "text": "Det vigtigste er at komme i gang – og at tale om det undervejs.",
                "attribution": "En leder i projektet (democitat)",
            },
        ),
        (
            "paragraph",
            "<p>Vil du vide mere, så læs om projektet og find publikationer og værktøjer fra "
            "Væksthus for Ledelse på Lederweb.</p>",
        ),
    ]
