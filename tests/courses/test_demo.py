import pytest

from courses.models import CoursePage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


def test_the_demo_courses_have_their_modules_lessons_sheets_and_quizzes(demo_content):
    network = CoursePage.objects.get(slug="ledere-der-laerer-sammen")
    modules = list(ModulePage.objects.child_of(network))
    lessons = list(network.lessons())
    assert (len(modules), len(lessons)) == (3, 8)
    for module in modules:
        assert any(lesson.questions() for lesson in module.lessons()), module.title
    assert sum(lesson.task_sheet is not None for lesson in lessons) >= 3
    assert network.project is not None and network.vaeksthuse.exists()
    talent = CoursePage.objects.get(slug="fra-medarbejder-til-leder")
    assert 0 < len(talent.lessons()) < 8
    assert LessonPage.objects.filter(exercise__gt="").count() >= 4


def test_the_demo_video_has_captions_and_is_served_from_the_site(client, demo_content):
    lesson = LessonPage.objects.get(slug="velkommen-til-kurset")
    html = client.get(lesson.url).content.decode()
    assert '<track kind="captions"' in html and 'srclang="da"' in html
    assert "<video controls" in html and "https://" not in html.split("<video")[1][:400]
    captions = html.split('<track kind="captions" src="')[1].split('"')[0]
    response = client.get(captions)
    assert response.status_code == 200
    assert b"WEBVTT" in b"".join(response.streaming_content)
