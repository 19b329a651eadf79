"""A lesson page for a signed-in participant is the course's busiest page (make bench): its
course, module and lesson list come from the fragment cache of the site generation, so a warm
request makes a query for the restrictions, the participant and their progress, and nothing
more; a lesson published meanwhile is counted at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests.courses.conftest import make_participant, signed_in

pytestmark = pytest.mark.django_db


def test_a_warm_lesson_page_makes_three_queries(client, course, participant):
    _, lessons = course
    signed_in(client, participant)
    client.get(lessons[1].url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(lessons[1].url).content.decode()
    assert "Lektion 2 af 3" in html and "Kurset: 0 af 3 lektioner gennemført" in html
    assert len(queries) == 3, "\n".join(query["sql"][:200] for query in queries)


def test_the_task_sheet_and_body_are_kept_with_the_page_too(client, demo_content):
    lesson = LessonPage.objects.get(slug="hvad-vil-i-med-gruppen")
    assert lesson.task_sheet is not None
    signed_in(client, make_participant())
    client.get(lesson.url)  # its pictures' renditions are made, which moves the generation
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(lesson.url).content.decode()
    assert lesson.task_sheet.title in html and "Hvad vil du selv have ud af" in html
    assert len(queries) == 3, "\n".join(query["sql"][:200] for query in queries)


def test_a_lesson_published_meanwhile_is_counted_at_once(client, course, participant):
    _, lessons = course
    signed_in(client, participant)
    assert "Lektion 2 af 3" in client.get(lessons[1].url).content.decode()

    module = lessons[2].get_parent()
    added = LessonPage(title="Ekstra lektion", slug="ekstra", live=False)
    module.add_child(instance=added)
    added.save_revision().publish()
    html = client.get(lessons[1].url).content.decode()
    assert "Lektion 2 af 4" in html and "Kurset: 0 af 4 lektioner gennemført" in html
