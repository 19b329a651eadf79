"""The e-courses' figures in the dashboard and the status note: per course how many signed up,
began and finished, never who."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonProgress
from tests.courses.conftest import make_course, make_participant

pytestmark = pytest.mark.django_db


def test_each_course_signed_up_started_and_finished(editor_client, tree):
    course, lessons = make_course(tree)
    people = [make_participant(f"p{i}@x.dk", f"Deltager {i}") for i in range(3)]
    people[0].first_course = course  # signed up, never began
    people[0].save()
    for lesson in lessons:  # finished every lesson
        LessonProgress.objects.create(
            participant=people[1], lesson=lesson, completed_at=timezone.now()
        )
    LessonProgress.objects.create(participant=people[2], lesson=lessons[0])  # began

    export = editor_client.get(reverse("reports_dashboard"), {"eksport": "e-kurser"})
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["Kursus", "Tilmeldte", "Begyndt", "Gennemført"],
        ["Ledere der lærer sammen", "3", "2", "1"],
    ]
    year = str(timezone.localdate().year)
    note = editor_client.get(reverse("reports_status_note"), {"aar": year, "format": "html"})
    text = " ".join(note.content.decode().split())
    assert "Ledere der lærer sammen: 3 tilmeldte, 2 er begyndt, 1 har gennemført kurset" in text
    assert "Deltager" not in text and "p1@x.dk" not in text
