"""The secretariat's figures per course, in numbers, never names or exercise texts: signed
up, started, finished, the share who finished each module (a funnel), the average score per
quiz question, and the groups. A handful of aggregate queries, whatever the participants."""

from dataclasses import dataclass

from django.db.models import Avg, Count, IntegerField, Q
from django.db.models.functions import Cast

from courses.models import LeaderGroup, LessonProgress, Participant, QuestionResult


def _finished_all(lessons):
    """Participants who completed every one of `lessons`."""
    return (
        LessonProgress.objects.filter(lesson__in=lessons, completed_at__isnull=False)
        .values("participant")
        .annotate(done=Count("id"))
        .filter(done=len(lessons))
        .count()
        if lessons
        else 0
    )


@dataclass
class CourseFigures:
    signed_up: int
    started: int
    finished: int
    modules: list  # (module, finished it)
    questions: list  # (lesson, question text, answers, average percent right)
    groups: list

    def funnel(self):
        """(label, count) from signing up to finishing, for the chart and its table."""
        steps = [("Tilmeldt", self.signed_up), ("Begyndt", self.started)]
        steps += [(f"Gennemført {module.title}", count) for module, count in self.modules]
        steps.append(("Gennemført hele kurset", self.finished))
        return steps


def course_figures(course):
    lessons = list(course.lessons())
    rows = LessonProgress.objects.filter(lesson__in=lessons)
    started = rows.values("participant").distinct().count()
    signed_up = Participant.objects.filter(
        Q(first_course=course) | Q(pk__in=rows.values("participant_id"))
    ).count()
    modules = [
        (
            module,
            _finished_all([lesson for lesson in lessons if lesson.path.startswith(module.path)]),
        )
        for module in course.modules()
    ]
    averages = {
        (row["lesson_id"], row["question_id"]): (row["average"], row["answers"])
        for row in QuestionResult.objects.filter(lesson__in=lessons)
        .values("lesson_id", "question_id")
        .annotate(average=Avg(Cast("correct", IntegerField())), answers=Count("id"))
    }
    questions = []
    for lesson in lessons:
        for block in lesson.questions():
            average, answers = averages.get((lesson.pk, block.id), (None, 0))
            percent = round(100 * average) if average is not None else None
            questions.append((lesson, block.value["question"], answers, percent))
    groups = list(
        LeaderGroup.objects.filter(course=course)
        .annotate(member_count=Count("members"))
        .order_by("name")
    )
    return CourseFigures(signed_up, started, _finished_all(lessons), modules, questions, groups)
