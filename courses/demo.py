"""The two demo courses: "Ledere der lærer sammen" (3 modules, 8 lessons, task sheets, a quiz
per module, a short captioned video made with ffmpeg and kept in demo_files/) and "Fra
medarbejder til leder" (smaller)."""

from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from lederweb.demo import ensure_child, ensure_home, paragraphs
from lederweb.demo.media import ensure_document
from lederweb.text import danish_slugify
from projects.models import ProjectPage

FILES = Path(__file__).parent / "demo_files"


def ensure_file_document(title, filename):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    with open(FILES / filename, "rb") as handle:
        document = Document(title=title, file=File(handle, name=filename))
        document.save()
    return document


def question(text, *answers):
    return (
        "question",
        {
            "question": text,
            "answers": [
                {"text": answer, "correct": correct, "feedback": feedback}
                for answer, correct, feedback in answers
            ],
        },
    )


def video_block():
    return (
        "course_video",
        {
            "video": ensure_file_document(
                "Video: Velkommen til Ledere der lærer sammen", "ledere-der-laerer-sammen.webm"
            ),
            "captions": ensure_file_document(
                "Undertekster: Velkommen til Ledere der lærer sammen",
                "ledere-der-laerer-sammen.vtt",
            ),
            "title": "Velkommen til Ledere der lærer sammen",
            "transcript": "Velkommen til Ledere der lærer sammen. I dette kursus lærer I af "
            "hinanden i jeres ledergruppe.",
        },
    )


def sheet(title, *lines):
    return ensure_document(title, lines)


NETWORK = [
    (
        "Modul 1: Ledergruppen som læringsrum",
        [
            {
                "title": "Velkommen til kurset",
                "body": lambda: [
                    video_block(),
                    *paragraphs(
                        "Ledere lærer bedst af ledere. Kurset hjælper jeres ledergruppe eller "
                        "ledernetværk med at bruge møderne til at lære sammen."
                    ),
                ],
            },
            {
                "title": "Hvad vil I med gruppen?",
                "exercise": "Hvad vil du selv have ud af at være med i ledergruppen?",
                "sheet": (
                    "Opgaveark: Gruppens formål",
                    "Skriv gruppens formål i én sætning.",
                    "Hvad skal vi have opnået om et år?",
                ),
            },
            {
                "title": "Aftaler for møderne",
                "quiz": [
                    question(
                        "Hvad er en god aftale for gruppens møder?",
                        ("At alle kommer forberedt", True, "Ja: forberedelse giver bedre møder."),
                        ("At lederen bestemmer alt", False, "Nej, gruppen er ligeværdig."),
                    ),
                    question(
                        "Hvilke to hører til fortrolighed i gruppen?",
                        ("Det, der siges, bliver i gruppen", True, "Rigtigt."),
                        ("Man spørger, før man deler andres historier", True, "Rigtigt."),
                        (
                            "Referater sendes til hele forvaltningen",
                            False,
                            "Nej, det bryder fortroligheden.",
                        ),
                    ),
                ],
            },
        ],
    ),
    (
        "Modul 2: Sparring og refleksion",
        [
            {
                "title": "Den gode sparring",
                "body": lambda: paragraphs(
                    "Sparring er at hjælpe en kollega med at tænke selv: lyt, spørg åbent og "
                    "giv først råd, når der bliver bedt om det."
                ),
            },
            {
                "title": "Refleksionsrunden",
                "exercise": "Beskriv en situation, hvor du fik god sparring. Hvad virkede?",
                "sheet": (
                    "Opgaveark: Refleksionsrunden",
                    "1. Fortæl om en udfordring (5 min.)",
                    "2. Gruppen spørger åbent (10 min.)",
                    "3. Hvad tager du med? (5 min.)",
                ),
            },
            {
                "title": "Sparring i praksis",
                "quiz": [
                    question(
                        "Hvad gør du først, når en kollega fortæller om en udfordring?",
                        ("Lytter og spørger åbent", True, "Ja, sådan begynder god sparring."),
                        (
                            "Giver et råd med det samme",
                            False,
                            "Vent med råd, til der bedes om dem.",
                        ),
                    )
                ],
                "pass_mark": 100,
            },
        ],
    ),
    (
        "Modul 3: Fra læring til handling",
        [
            {
                "title": "Aftal næste skridt",
                "exercise": "Hvad vil du gøre anderledes i den kommende måned?",
                "sheet": (
                    "Opgaveark: Næste skridt",
                    "Hvad vil jeg afprøve?",
                    "Hvornår følger gruppen op?",
                ),
            },
            {
                "title": "Følg op i gruppen",
                "quiz": [
                    question(
                        "Hvorfor følger gruppen op på hinandens forsøg?",
                        ("For at lære af det, der virkede og ikke virkede", True, "Netop."),
                        (
                            "For at kontrollere hinanden",
                            False,
                            "Nej, opfølgning er læring, ikke kontrol.",
                        ),
                    )
                ],
            },
        ],
    ),
]

TALENT = [
    (
        "Modul 1: Den nye rolle",
        [
            {
                "title": "Fra kollega til leder",
                "body": lambda: paragraphs(
                    "Når du bliver leder for dine tidligere kolleger, ændrer relationerne sig. "
                    "Det er naturligt, og det kan tales om."
                ),
                "exercise": "Hvilke relationer ændrer sig mest for dig?",
            },
            {
                "title": "Forventninger",
                "quiz": [
                    question(
                        "Hvad er klogt i de første uger som ny leder?",
                        ("At afstemme forventninger med medarbejderne", True, "Ja."),
                        ("At ændre alt med det samme", False, "Giv dig tid til at lytte først."),
                    )
                ],
            },
        ],
    ),
    (
        "Modul 2: Din første plan",
        [
            {
                "title": "Dine første 100 dage",
                "sheet": (
                    "Opgaveark: De første 100 dage",
                    "Hvem skal jeg tale med?",
                    "Hvad vil jeg have lært om 100 dage?",
                ),
                "exercise": "Hvad er det vigtigste, du vil nå i dine første 100 dage?",
            },
        ],
    ),
]


def _project(title):
    return ProjectPage.objects.filter(title=title).first()


def _load_course(index, slug, title, introduction, project_title, modules):
    project = _project(project_title)
    course = ensure_child(
        index,
        CoursePage,
        slug,
        title=title,
        introduction=introduction,
        project=project,
        vaeksthuse=list(project.vaeksthuse.all()) if project else [],
        themes=list(project.themes.all()) if project else [],
    )
    for number, (module_title, lessons) in enumerate(modules, start=1):
        module = ensure_child(course, ModulePage, f"modul-{number}", title=module_title)
        for lesson in lessons:
            sheet_lines = lesson.get("sheet")
            ensure_child(
                module,
                LessonPage,
                danish_slugify(lesson["title"]),
                title=lesson["title"],
                body=lesson["body"]() if "body" in lesson else [],
                exercise=lesson.get("exercise", ""),
                quiz=lesson.get("quiz", []),
                pass_mark=lesson.get("pass_mark"),
                task_sheet=sheet(*sheet_lines) if sheet_lines else None,
                task_sheet_for_groups=bool(sheet_lines),
            )
    return course


def load():
    index = ensure_child(
        ensure_home(),
        CourseIndexPage,
        "e-kurser",
        title="E-kurser",
        introduction="Tag et kursus i dit eget tempo, alene eller sammen med din ledergruppe.",
    )
    _load_course(
        index,
        "ledere-der-laerer-sammen",
        "Ledere der lærer sammen",
        "Et e-kursus for ledergrupper og ledernetværk med video, opgaveark og quizzer.",
        "Få mere ud af dit ledernetværk (Ledere der lærer sammen)",
        NETWORK,
    )
    _load_course(
        index,
        "fra-medarbejder-til-leder",
        "Fra medarbejder til leder",
        "Et kort e-kursus for dig, der er ny leder.",
        "Fra medarbejder til leder",
        TALENT,
    )
    return index
