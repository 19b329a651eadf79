"""Progress kept per lesson and resumed; the exercise and the quiz; posts refused where the
participant may not write."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from courses.models import LessonProgress, QuestionResult
from tests.courses.conftest import make_participant, quiz_field_names, signed_in

pytestmark = pytest.mark.django_db


def right_answers(lesson):
    first, second = quiz_field_names(lesson)
    return {first: "0", second: ["0", "1"]}


def test_anyone_reads_a_lesson_and_is_offered_to_sign_up(client, course):
    _, lessons = course
    response = client.get(lessons[1].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hvad forventer dine medarbejdere af dig?" in html
    assert 'action="/kursusdeltager/tilmeld/"' in html
    assert not LessonProgress.objects.exists()


def test_progress_is_saved_and_resumed_where_the_participant_stopped(client, course, participant):
    course_page, lessons = course
    signed_in(client, participant)
    assert "Begynd kurset" in client.get(course_page.url).content.decode()

    client.get(lessons[0].url)  # seen: a lesson with nothing more to do is done
    html = client.get(lessons[1].url).content.decode()
    assert "1 af 3 lektioner gennemført" in html
    resume = client.get(course_page.url + "fortsaet/")
    assert resume.url == lessons[1].url  # seen, but its exercise is not written

    response = client.post(lessons[1].url + "refleksion/", {"text": "Klarhed og tid."})
    assert response.status_code == 302
    assert "Dit svar er gemt" in client.get(response.url).content.decode()
    assert client.get(course_page.url + "fortsaet/").url == lessons[2].url

    html = client.get(course_page.url).content.decode()
    assert "Fortsæt hvor du slap" in html
    assert "2 af 3 lektioner gennemført" in html
    assert "Modulet: 2 af 2 lektioner gennemført" in html
    assert "Modulet: 0 af 1 lektioner gennemført" in html
    row = LessonProgress.objects.get(participant=participant, lesson=lessons[1])
    assert row.exercise_text == "Klarhed og tid." and row.completed_at


def test_a_too_long_answer_is_refused_and_shown_back_in_full(client, course, participant):
    _, lessons = course
    signed_in(client, participant)
    text = "Mine tanker. " * 700  # 9100 characters, over the 8000 allowed
    response = client.post(lessons[1].url + "refleksion/", {"text": text})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Svaret må højst være 8000 tegn" in html
    assert text.strip() in html
    assert not LessonProgress.objects.filter(exercise_text__gt="").exists()


def test_quiz_feedback_per_answer_and_the_pass_mark(client, course, participant):
    _, lessons = course
    lesson = lessons[2]
    signed_in(client, participant)
    first, second = quiz_field_names(lesson)

    wrong = client.post(lesson.url + "quiz/", {first: "1", second: ["0"]})
    html = wrong.content.decode()
    assert wrong.status_code == 200
    assert "Du fik 0 % rigtige" in html
    assert "Nej, bestyrelsen er noget andet." in html
    assert "Det er ikke nok til at gennemføre lektionen" in html
    row = LessonProgress.objects.get(participant=participant, lesson=lesson)
    assert row.quiz_score == 0 and row.completed_at is None

    right = client.post(lesson.url + "quiz/", right_answers(lesson))
    assert "Du fik 100 % rigtige" in right.content.decode()
    row.refresh_from_db()
    assert row.quiz_score == 100 and row.completed_at
    assert set(QuestionResult.objects.values_list("correct", flat=True)) == {True}


def test_an_unanswered_question_keeps_the_other_answers(client, course, participant):
    _, lessons = course
    lesson = lessons[2]
    signed_in(client, participant)
    first, _ = quiz_field_names(lesson)
    response = client.post(lesson.url + "quiz/", {first: "0"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Vælg et svar på spørgsmålet." in html
    assert f'name="{first}" value="0"' in html and "checked" in html


def test_posts_without_a_participant_or_to_hidden_lessons_are_refused(client, course, participant):
    _, lessons = course
    refused = client.post(lessons[1].url + "refleksion/", {"text": "Anonym"})
    assert refused.status_code == 403
    assert "Log ind for at gemme" in refused.content.decode()

    signed_in(client, participant)
    url = lessons[1].url
    lessons[1].unpublish()
    assert client.post(url + "refleksion/", {"text": "Skjult"}).status_code == 404
    assert not LessonProgress.objects.exists()


def test_a_post_writes_only_the_signed_in_participants_own_row(client, course, participant):
    _, lessons = course
    other = make_participant("jens@odense.dk", "Jens Olsen")
    LessonProgress.objects.create(participant=other, lesson=lessons[1], exercise_text="Jens'")
    signed_in(client, participant)
    client.post(lessons[1].url + "refleksion/", {"text": "Mettes", "participant": other.pk})
    texts = dict(LessonProgress.objects.values_list("participant__email", "exercise_text"))
    assert texts == {"jens@odense.dk": "Jens'", "mette@aarhus.dk": "Mettes"}


def test_the_certificate_holds_the_name_and_the_course_once_every_lesson_is_done(
    client, course, participant
):
    course_page, lessons = course
    signed_in(client, participant)
    url = course_page.url + "kursusbevis.pdf"
    assert client.get(url).status_code == 403
    client.get(lessons[0].url)
    client.post(lessons[1].url + "refleksion/", {"text": "Tid til at lytte."})
    client.post(lessons[2].url + "quiz/", right_answers(lessons[2]))
    assert "Hent dit kursusbevis" in client.get(course_page.url).content.decode()

    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "Mette Hansen" in text
    assert "Ledere der lærer sammen" in text
    assert "Kursusbevis" in text
