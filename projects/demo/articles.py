"""The eleven project articles of the status note with their exact dates and markings."""

import datetime

BOARD = "board"


def article(title, date, markings, project, themes, introduction):
    return {
        "title": title,
        "date": datetime.date(*date),
        "sections": [m for m in markings if m != BOARD],
        "board": BOARD in markings,
        "project": project,
        "themes": themes,
        "introduction": introduction,
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
    ),
    article(
        "Da krigen sluttede",
        (2013, 1, 11),
        [1, 2, 3],
        "Sammenhængskraft",
        ["Sammenhængskraft"],
        "Når fagligheder og niveauer står stejlt over for hinanden, kan ledelse skabe fred og "
        "fælles retning.",
    ),
    article(
        "Postmand Per og den pæne pige",
        (2013, 2, 1),
        [2],
        "Jens Arentzens metode",
        ["Dialog og kommunikation"],
        "To typiske roller på arbejdspladsen – og hvordan lederen taler med dem begge, når det "
        "brænder på.",
    ),
    article(
        "Vinderopskrifter på innovation",
        (2013, 2, 8),
        [2],
        "Innovations glimt",
        ["Innovation"],
        "Hvad har de innovative arbejdspladser til fælles? Fem opskrifter fra ledere, der er "
        "lykkedes.",
    ),
    article(
        "Når dialogen driller",
        (2013, 3, 1),
        [1, 2, 3],
        "Sammenhængskraft",
        ["Sammenhængskraft", "Dialog og kommunikation"],
        "Misforståelser mellem ledelsesniveauer koster tid og tillid. Sådan får du dialogen på "
        "sporet igen.",
    ),
    article(
        "Topchefer sendt på værksted",
        (2013, 3, 22),
        [1],
        "Strategisk værksted",
        ["Strategi"],
        "Direktioner fra kommuner og regioner har arbejdet med nye løsninger i en krisetid på "
        "et strategisk værksted.",
    ),
    article(
        "Her er den bedste idé til forandring",
        (2013, 3, 27),
        [3],
        "Idéer der forandrer",
        ["Innovation"],
        "Institutions- og afdelingsledere har sendt deres bedste idéer til forandring. Her er "
        "vinderen.",
    ),
    article(
        "Frivillige skal også ledes",
        (2013, 4, 19),
        [3],
        "Ledelse af frivillige",
        ["Frivillige"],
        "Flere frivillige i velfærden stiller nye krav til lederen. En ny publikation giver "
        "bud på god ledelse af frivillige.",
    ),
    article(
        "Ny publikation: Sådan leder du på afstand",
        (2013, 5, 3),
        [3],
        "Ledelse på afstand",
        ["Ledelse på afstand"],
        "Hvordan leder man medarbejdere, man ikke ser dagligt? Publikationen »Nærværende "
        "ledelse på afstand« giver konkrete råd.",
    ),
    article(
        "Hjælp dine medarbejdere til at blive ledere",
        (2013, 6, 7),
        [BOARD],
        "Fra medarbejder til leder",
        ["Talentudvikling"],
        "118 medarbejdere fra 20 kommuner har afprøvet, om lederjobbet er noget for dem. Sådan "
        "kan du hjælpe dine egne talenter på vej.",
    ),
    article(
        "Hold talenterne varme",
        (2013, 6, 21),
        [BOARD],
        "Fra medarbejder til leder",
        ["Talentudvikling"],
        "Når talentforløbet er slut, begynder det egentlige arbejde. Sådan holder du "
        "ledertalenterne i gang.",
    ),
]


def demo_body(article):
    """A short body for an article the note names without its text; the »Om« page says once
    that the site's content is demo content, so the text itself carries no labels."""
    return [
        (
            "paragraph",
            f"<p>I projektet »{article['project']}« har ledere fra kommuner og regioner "
            "afprøvet nye måder at gribe hverdagens ledelsesopgaver an på. Her fortæller de, "
            "hvad de gjorde, og hvad de tager med sig.</p>",
        ),
        ("heading", {"text": "Hvad kan du bruge det til?", "level": "h2"}),
        (
            "paragraph",
            "<p>Erfaringerne peger på tre ting: Start i det små, involver medarbejderne fra "
            "begyndelsen, og sæt tid af til at samle op. Det, der virkede, var sjældent store "
            "planer, men faste vaner, som hele ledergruppen stod bag.</p>",
        ),
        (
            "quote",
            {
                "text": "Det vigtigste er at komme i gang – og at tale om det undervejs.",
                "attribution": "Leder i projektet",
            },
        ),
        (
            "paragraph",
            "<p>Vil du vide mere, så læs om projektet og find publikationer og værktøjer fra "
            "Væksthus for Ledelse på Lederweb.</p>",
        ),
    ]
