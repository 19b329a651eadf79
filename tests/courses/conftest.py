import itertools
import re

import pytest

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Participant
from courses.signin import SESSION_KEY

_addresses = itertools.count(1)


def new_address():
    """A client address of its own for each request, so a rate limit counts only where a test
    means it to."""
    number = next(_addresses)
    return f"10.9.{number // 256 % 256}.{number % 256}"


def quiz(*questions):
    """Quiz stream data: each question a (text, [(answer, correct, feedback), …])."""
    return [
        (
            "question",
            {
                "question": text,
                "answers": [
                    {"text": answer, "correct": correct, "feedback": feedback}
                    for answer, correct, feedback in answers
                ],
            },
        )
        for text, answers in questions
    ]


QUIZ = quiz(
    (
        "Hvad er en ledergruppe?",
        [
            ("Ledere, der lærer sammen", True, "Ja, netop."),
            ("En bestyrelse", False, "Nej, bestyrelsen er noget andet."),
        ],
    ),
    (
        "Hvilke to hører til god sparring?",
        [
            ("At lytte", True, "Rigtigt."),
            ("At spørge åbent", True, "Rigtigt."),
            ("At give ordrer", False, "Nej, det lukker samtalen."),
        ],
    ),
)


def make_course(tree, title="Ledere der lærer sammen", slug="ledere-der-laerer-sammen"):
    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="E-kurser", slug="e-kurser")
        tree.add_child(instance=index)
    course = CoursePage(title=title, slug=slug, introduction="Et kursus for ledergrupper.")
    index.add_child(instance=course)
    first = ModulePage(title="Modul 1: Start", slug="modul-1")
    second = ModulePage(title="Modul 2: Sparring", slug="modul-2")
    course.add_child(instance=first)
    course.add_child(instance=second)
    lessons = [
        LessonPage(title="Velkommen", slug="velkommen"),
        LessonPage(
            title="Din rolle",
            slug="din-rolle",
            exercise="Hvad forventer dine medarbejdere af dig?",
        ),
        LessonPage(title="Sparring i gruppen", slug="sparring", pass_mark=100),
    ]
    first.add_child(instance=lessons[0])
    first.add_child(instance=lessons[1])
    lessons[2].quiz = QUIZ
    second.add_child(instance=lessons[2])
    return course, [LessonPage.objects.get(pk=lesson.pk) for lesson in lessons]


@pytest.fixture
def course(tree):
    return make_course(tree)


def make_participant(email="mette@aarhus.dk", name="Mette Hansen"):
    return Participant.objects.create(name=name, email=email, organisation="Aarhus Kommune")


@pytest.fixture
def participant(db):
    return make_participant()


def signed_in(client, participant):
    session = client.session
    session[SESSION_KEY] = participant.pk
    session.save()
    return client


def quiz_field_names(lesson):
    return [f"q-{block.id}" for block in lesson.questions()]


def link_in(text):
    match = re.search(r"/kursusdeltager/log-ind/[^/\s]+/", text)
    assert match, f"intet log ind-link i:\n{text}"
    return match.group(0)


def plain_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()
