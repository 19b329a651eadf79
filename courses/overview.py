"""The secretariat's figures per course, in numbers, never names or exercise texts: signed
up, started, finished, the share who finished each module (a funnel), the average score per
quiz question, and the groups. A handful of aggregate queries, whatever the participants."""

from dataclasses import dataclass

from django.db.models import Avg, Count, IntegerField, Q
from django.db.models.functions import Cast

from courses.models import LeaderGroup, LessonProgress, Participant, QuestionResult


def _completions(rows, lesson_sets):
    """Per participant with progress, how many of each of `lesson_sets` they completed
    (`set0`, `set1`, …; none for an empty set): one scan of the progress rows, however many
    modules."""
    done = Q(completed_at__isnull=False)
    counts = {
        f"set{i}": Count("id", filter=done & Q(lesson__in=lessons))
        for i, lessons in enumerate(lesson_sets)
        if lessons
    }
    return rows.values("participant").annotate(**counts).values(*counts)


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
    signed_up = Participant.objects.filter(
        Q(first_course=course) | Q(pk__in=rows.values("participant_id"))
    ).count()
    module_pages = list(course.modules())
    lesson_sets = [
        [lesson for lesson in lessons if lesson.path.startswith(module.path)]
        for module in module_pages
    ]
    lesson_sets.append(lessons)
    completions = list(_completions(rows, lesson_sets)) if lessons else []
    finished = [
        sum(1 for counts in completions if counts[f"set{i}"] == len(set_)) if set_ else 0
        for i, set_ in enumerate(lesson_sets)
    ]
    modules = list(zip(module_pages, finished[:-1], strict=True))
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
    return CourseFigures(signed_up, len(completions), finished[-1], modules, questions, groups)
