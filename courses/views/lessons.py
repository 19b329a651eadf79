"""The course, module and lesson pages' context, and what a participant posts on a lesson."""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect

from courses import groups, progress
from courses.certificate import certificate_response
from courses.forms import ExerciseForm, GroupForm, LinkRequestForm, QuizForm, SignUpForm
from courses.models import CoursePage, LeaderGroup, ModulePage
from courses.signin import current_participant
from courses.views.common import render_message, signed_out_page
from lederweb.cache import fragment


def _participant_forms(request, page, course):
    return {
        "signup_form": SignUpForm(initial={"next": page.url, "course": course and course.pk}),
        # Beside the sign-up form, whose fields have the same names: ids of its own.
        "link_form": LinkRequestForm(initial={"next": page.url}, auto_id="nyt-link-%s"),
    }


def course_context(request, course):
    participant = current_participant(request)
    modules = list(course.modules())
    context = {"participant": participant, "modules": modules}
    if participant is None:
        context.update(_participant_forms(request, course, course))
        return context
    course_progress = progress.course_progress(participant, course)
    context["progress"] = course_progress
    context["module_progress"] = [(m, course_progress.for_module(m)) for m in modules]
    context["groups"] = LeaderGroup.objects.filter(course=course, members=participant)
    context["invitations"] = groups.open_invitations(participant, course)
    context["group_form"] = GroupForm()
    return context


def module_context(request, module):
    participant = current_participant(request)
    lessons = list(module.lessons())
    context = {"participant": participant, "lessons": lessons}
    if participant is not None:
        course = CoursePage.objects.ancestor_of(module).get()
        course_progress = progress.course_progress(participant, course)
        context["progress"] = course_progress.for_module(module)
        context["done_ids"] = course_progress.done_ids
    return context


def _outline(lesson):
    """The lesson's course, its module and the course's lessons in order, kept as a fragment
    of the site generation (every publish, move and restriction change moves it): three page
    queries a lesson request no longer makes."""

    def build():
        course = CoursePage.objects.ancestor_of(lesson).first()
        module = ModulePage.objects.filter(path=lesson.path[: -lesson.steplen]).first()
        return course, module, list(course.lessons()) if course else [lesson]

    return fragment(f"course-outline:{lesson.pk}", build)


def lesson_context(request, lesson, context):
    participant = current_participant(request)
    course, module, lessons = _outline(lesson)
    position = next((i for i, other in enumerate(lessons) if other.pk == lesson.pk), 0)
    extra = {
        "participant": participant,
        "course": course,
        "module": module,
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "lesson_number": position + 1,
        "lesson_count": len(lessons),
        "questions": lesson.questions(),
    }
    if participant is None:
        extra.update(_participant_forms(request, lesson, course))
        return extra
    row, done = progress.seen_in_course(participant, lesson, lessons)
    course_progress = progress.CourseProgress(lessons, done, set())
    extra.update(
        {
            "lesson_progress": row,
            "progress": course_progress,
            "module_progress": course_progress.for_module(module) if module else None,
            "exercise_form": ExerciseForm(initial={"text": row.exercise_text}),
            "quiz_form": QuizForm(lesson),
        }
    )
    return extra


def _render_lesson(request, lesson, status=200, **overrides):
    response = lesson.render(request, context_overrides=overrides)
    response.status_code = status
    return response


def _participant_for_post(request):
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    participant = current_participant(request)
    if participant is None:
        return None, signed_out_page(request)
    return participant, None


def save_exercise(request, lesson):
    """POST …/refleksion/: the participant's own answer; kept in full on an error."""
    participant, refusal = _participant_for_post(request)
    if refusal:
        return refusal
    if not lesson.exercise:
        return HttpResponse(status=404)
    form = ExerciseForm(request.POST)
    if not form.is_valid():
        return _render_lesson(request, lesson, 400, exercise_form=form)
    progress.save_exercise(participant, lesson, form.cleaned_data["text"])
    return redirect(lesson.url + "?gemt=1#refleksion")


def answer_quiz(request, lesson):
    """POST …/quiz/: graded at once, with the feedback of each answer picked."""
    participant, refusal = _participant_for_post(request)
    if refusal:
        return refusal
    if not lesson.questions():
        return HttpResponse(status=404)
    form = QuizForm(lesson, request.POST)
    if not form.is_valid():
        return _render_lesson(request, lesson, 400, quiz_form=form)
    outcome = progress.grade(lesson, form.chosen())
    progress.record_quiz(participant, lesson, outcome)
    return _render_lesson(request, lesson, quiz_form=form, quiz_outcome=outcome)


def resume(request, course):
    """…/fortsaet/: "continue where you stopped": the first lesson not done."""
    participant = current_participant(request)
    if participant is None:
        return redirect(course.url)
    lesson = progress.course_progress(participant, course).next_lesson()
    return redirect(lesson.url if lesson else course.url)


def certificate(request, course):
    """…/kursusbevis.pdf: for the signed-in participant who has done every lesson."""
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request)
    response = certificate_response(course, participant, f"kursusbevis-{course.slug}.pdf")
    if response is None:
        return render_message(
            request,
            "Kurset er ikke gennemført endnu",
            ["Kursusbeviset kan hentes, når du har gennemført alle kursets lektioner."],
            status=403,
        )
    return response
