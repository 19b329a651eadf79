"""The secretariat's figures per course: numbers, a funnel with its table, the average per
quiz question, the groups and a CSV; never names' exercise texts."""

import pytest

from courses import groups, progress
from tests.courses.conftest import make_participant

pytestmark = pytest.mark.django_db

SECRET = "Det her må sekretariatet aldrig se"


@pytest.fixture
def taken(course):
    course_page, lessons = course
    quiz_lesson = lessons[2]
    people = [make_participant(f"p{i}@x.dk", f"Deltager {i}") for i in range(4)]
    people[0].first_course = course_page
    people[0].save()
    for person in people[1:]:
        progress.mark_seen(person, lessons[0])
    progress.save_exercise(people[1], lessons[1], SECRET)
    progress.save_exercise(people[2], lessons[1], SECRET)
    right = {block.id: {0} if i == 0 else {0, 1} for i, block in enumerate(quiz_lesson.questions())}
    half = {block.id: {0} for block in quiz_lesson.questions()}
    progress.record_quiz(people[1], quiz_lesson, progress.grade(quiz_lesson, right))
    progress.record_quiz(people[2], quiz_lesson, progress.grade(quiz_lesson, half))
    groups.create(course_page, people[1], "Team Vest")
    return course_page


def test_the_overview_counts_without_names_or_texts(editor_client, taken):
    html = editor_client.get(f"/admin/e-kurser/{taken.pk}/").content.decode()
    assert "<dt>Tilmeldt</dt><dd>4</dd>" in html
    assert "<dt>Begyndt</dt><dd>3</dd>" in html
    assert "<dt>Gennemført</dt><dd>1</dd>" in html
    assert 'role="img"' in html and "<table" in html  # the funnel and its figures
    assert "Gennemført Modul 1: Start" in html
    assert "100 %" in html and "50 %" in html  # the questions' averages: 2/2 and 1/2 right
    assert "Team Vest" in html
    assert SECRET not in html and "Deltager 1" not in html and "p1@x.dk" not in html

    csv = editor_client.get(f"/admin/e-kurser/{taken.pk}/tal.csv").content.decode("utf-8-sig")
    assert "Tilmeldt;4" in csv and "Gennemført hele kurset;1" in csv and "Team Vest;1" in csv
    assert SECRET not in csv


def test_the_overview_is_for_those_who_may_see_participants(client, django_user_model, taken):
    user = django_user_model.objects.create_user("skribent", password="x" * 12)
    client.force_login(user)
    assert client.get(f"/admin/e-kurser/{taken.pk}/").status_code in (302, 403)
