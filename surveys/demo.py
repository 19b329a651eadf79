"""The surveys of the 2013 status note: the publication survey (closed, about 400 answers
saying the publications are practical and helpful), the evaluation of "Fra medarbejder til
leder" (closed, 118 answers from 20 municipalities) and the 2014 user survey (open, with a
question block on phone, tablet and computer). Answers are generated with a fixed seed and
inserted in bulk. Idempotent: a survey already there is left alone."""

import random
from datetime import datetime

from django.db import connection
from django.utils import timezone

from lederweb.models import HomePage
from surveys.factories import background_question, make_survey, question, role_question, section
from surveys.models import Kind, SurveyPage, SurveyResponse

MUNICIPALITIES = [
    "Aarhus", "Aalborg", "Esbjerg", "Favrskov", "Frederiksberg", "Gentofte", "Herning",
    "Hjørring", "Holbæk", "Horsens", "Kolding", "København", "Middelfart", "Næstved", "Odense",
    "Randers", "Roskilde", "Silkeborg", "Vejle", "Viborg",
]  # fmt: skip
USES = [
    "Inspiration til min egen ledelse",
    "Dialog i ledergruppen",
    "Udvikling af medarbejdere",
    "Undervisning og lederuddannelse",
    "Strategi og planlægning",
]
DEVICES = ["Telefon", "Tablet", "Computer"]


def sector_question():
    return background_question("sektor", "Hvor er du leder?", ["Kommune", "Region"])


def municipality_question():
    return background_question("kommune", "Hvilken kommune er du leder i?", MUNICIPALITIES)


def _moment(year, month, day):
    return timezone.make_aware(datetime(year, month, day, 12))


def _publication_survey(home):
    return make_survey(
        home,
        "Publikationsundersøgelse 2013",
        [
            question(Kind.BACKGROUND, background=role_question()),
            question(Kind.BACKGROUND, background=sector_question()),
            section("Brug af publikationerne"),
            question(
                Kind.SINGLE,
                "Hvor ofte bruger du Væksthusets publikationer?",
                ["Hver måned", "Et par gange om året", "Sjældnere"],
            ),
            question(Kind.MULTIPLE, "Hvad bruger du publikationerne til?", USES),
            question(
                Kind.SCALE,
                "Hvor praksisnære er publikationerne?",
                low_label="Slet ikke",
                high_label="I høj grad",
            ),
            question(
                Kind.SCALE,
                "Hvor hjælpsomme er publikationerne i dit arbejde?",
                low_label="Slet ikke",
                high_label="I høj grad",
            ),
            question(Kind.LONGTEXT, "Hvad savner du fra Væksthuset?", required=False),
        ],
        slug="publikationsundersoegelse-2013",
        introduction="Hvad bruger ledere Væksthusets publikationer til, og hjælper de?",
        opens_at=_moment(2013, 10, 1),
        closes_at=_moment(2013, 11, 30),
    )


def _programme_evaluation(home):
    return make_survey(
        home,
        "Evaluering af Fra medarbejder til leder",
        [
            question(Kind.BACKGROUND, background=municipality_question()),
            question(
                Kind.SCALE,
                "Hvor tilfreds er du med forløbet som helhed?",
                low_label="Meget utilfreds",
                high_label="Meget tilfreds",
            ),
            question(
                Kind.MATRIX,
                "Hvor enig er du i udsagnene?",
                [
                    "Forløbet har gjort mig tryggere i lederrollen",
                    "Jeg bruger værktøjerne i min hverdag",
                    "Jeg vil anbefale forløbet til andre nye ledere",
                ],
                low_label="Helt uenig",
                high_label="Helt enig",
            ),
            question(Kind.LONGTEXT, "Hvad var det bedste ved forløbet?", required=False),
        ],
        slug="evaluering-fra-medarbejder-til-leder",
        introduction="Deltagernes evaluering af forløbet for nye ledere.",
        opens_at=_moment(2013, 5, 1),
        closes_at=_moment(2013, 6, 30),
    )


def _user_survey(home):
    return make_survey(
        home,
        "Brugerundersøgelse 2014",
        [
            section("Om dig"),
            question(Kind.BACKGROUND, background=role_question()),
            question(Kind.BACKGROUND, background=sector_question()),
            section("Lederweb på telefon, tablet og computer"),
            question(Kind.MULTIPLE, "Hvad læser du Lederweb på?", DEVICES),
            question(
                Kind.SCALE,
                "Hvor godt fungerer Lederweb på din telefon?",
                low_label="Meget dårligt",
                high_label="Meget godt",
                required=False,
                help_text="Spring over, hvis du ikke bruger Lederweb på telefonen.",
            ),
            question(Kind.NUMBER, "Hvor mange gange om måneden besøger du Lederweb?"),
            question(Kind.TEXT, "Hvad leder du oftest efter?", required=False),
        ],
        slug="brugerundersoegelse-2014",
        introduction=(
            "Hjælp os med at gøre Lederweb bedre, også på telefonen. Det tager fem minutter."
        ),
        opens_at=_moment(2014, 1, 1),
        thank_you_text="<p>Tak! Resultaterne bliver brugt i arbejdet med Lederweb i 2014.</p>",
    )


def _skewed(rng, high=0.85):
    """A scale answer: mostly 4 and 5 (what the note reports), now and then lower."""
    return rng.choice(["4", "5", "5"]) if rng.random() < high else rng.choice(["2", "3"])


def _publication_answers(rng):
    for _ in range(403):
        yield {
            "rolle": rng.choice(["Topleder", "Mellemleder", "Institutions- og afdelingsleder"]),
            "sektor": rng.choice(["Kommune", "Kommune", "Kommune", "Region"]),
            "hvor_ofte_bruger_du_vaeksthusets_publikationer": rng.choice(
                ["Hver måned", "Et par gange om året", "Et par gange om året", "Sjældnere"]
            ),
            "hvad_bruger_du_publikationerne_til": sorted(
                rng.sample(USES, rng.randint(1, 3)), key=USES.index
            ),
            "hvor_praksisnaere_er_publikationerne": _skewed(rng),
            "hvor_hjaelpsomme_er_publikationerne_i_dit_arbejde": _skewed(rng, 0.8),
        }


def _evaluation_answers(rng):
    for number in range(118):
        answer = {
            "kommune": MUNICIPALITIES[number % len(MUNICIPALITIES)],
            "hvor_tilfreds_er_du_med_forloebet_som_helhed": _skewed(rng, 0.9),
        }
        for statement in (1, 2, 3):
            answer[f"hvor_enig_er_du_i_udsagnene__{statement}"] = _skewed(rng)
        if number % 6 == 0:
            answer["hvad_var_det_bedste_ved_forloebet"] = rng.choice(
                ["Netværket med de andre nye ledere", "Sparringen", "De konkrete værktøjer"]
            )
        yield answer


def _insert(survey, answers, rng):
    devices = ["computer", "computer", "telefon", "tablet"]
    SurveyResponse.objects.bulk_create(
        (SurveyResponse(page=survey, form_data=a, device=rng.choice(devices)) for a in answers),
        batch_size=500,
    )
    # Spread over the weeks the survey was open (the insert stamped them now).
    with connection.cursor() as cursor:
        cursor.execute(
            """UPDATE surveys_surveyresponse
               SET submit_time = %s + (id %% 40) * interval '1 day'
                   + (id %% 600) * interval '1 minute'
               WHERE page_id = %s""",
            [survey.opens_at, survey.pk],
        )


def load():
    home = HomePage.objects.first()
    rng = random.Random(2013)  # noqa: S311 - made-up answers, the same each time
    existing = set(SurveyPage.objects.values_list("slug", flat=True))
    if "publikationsundersoegelse-2013" not in existing:
        _insert(_publication_survey(home), _publication_answers(rng), rng)
    if "evaluering-fra-medarbejder-til-leder" not in existing:
        _insert(_programme_evaluation(home), _evaluation_answers(rng), rng)
    if "brugerundersoegelse-2014" not in existing:
        _user_survey(home)
