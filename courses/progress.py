"""What a participant has done in a course: a lesson is done when it was seen, its exercise
written (if it has one) and its quiz answered (and passed, where the editor set a pass mark)."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from courses.models import LessonProgress, QuestionResult


def _is_done(lesson, progress):
    if lesson.exercise and not progress.exercise_text.strip():
        return False
    if lesson.questions():
        if progress.quiz_score is None:
            return False
        if lesson.pass_mark is not None and progress.quiz_score < lesson.pass_mark:
            return False
    return True


def _settle(lesson, progress):
    done = _is_done(lesson, progress)
    if done and progress.completed_at is None:
        progress.completed_at = timezone.now()
    elif not done:
        progress.completed_at = None


def mark_seen(participant, lesson):
    """The lesson's row for the participant, made on the first visit (one query after)."""
    progress = LessonProgress.objects.filter(participant=participant, lesson=lesson).first()
    if progress is None:
        progress = LessonProgress(participant=participant, lesson=lesson)
        _settle(lesson, progress)
        LessonProgress.objects.bulk_create([progress], ignore_conflicts=True)
        progress = LessonProgress.objects.get(participant=participant, lesson=lesson)
    return progress


def seen_in_course(participant, lesson, lessons):
    """The lesson's row (made on the first visit) and the ids of the course's `lessons` the
    participant has done: one query once the row exists."""
    rows = list(LessonProgress.objects.filter(participant=participant, lesson__in=lessons))
    row = next((row for row in rows if row.lesson_id == lesson.pk), None)
    if row is None:
        row = mark_seen(participant, lesson)
        rows.append(row)
    return row, {row.lesson_id for row in rows if row.completed_at is not None}


def save_exercise(participant, lesson, text):
    with transaction.atomic():
        progress = mark_seen(participant, lesson)
        progress.exercise_text = text
        progress.exercise_saved_at = timezone.now()
        _settle(lesson, progress)
        progress.save()
    return progress


@dataclass
class QuizOutcome:
    score: int  # percent right
    passed: bool
    feedback: list  # per question: (question block, chosen answer indexes, right or not)


def grade(lesson, chosen):
    """`chosen` maps each question's block id to the answer indexes picked. A question is
    right when exactly its right answers are picked."""
    feedback = []
    for block in lesson.questions():
        right = {i for i, answer in enumerate(block.value["answers"]) if answer["correct"]}
        picked = set(chosen.get(block.id, ()))
        feedback.append((block, picked, picked == right))
    score = round(100 * sum(ok for *_, ok in feedback) / len(feedback)) if feedback else 100
    passed = lesson.pass_mark is None or score >= lesson.pass_mark
    return QuizOutcome(score, passed, feedback)


def record_quiz(participant, lesson, outcome):
    with transaction.atomic():
        progress = mark_seen(participant, lesson)
        progress.quiz_score = outcome.score
        progress.quiz_answered_at = timezone.now()
        _settle(lesson, progress)
        progress.save()
        for block, _picked, ok in outcome.feedback:
            QuestionResult.objects.update_or_create(
                participant=participant,
                lesson=lesson,
                question_id=block.id,
                defaults={"correct": ok},
            )
    return progress


@dataclass
class CourseProgress:
    lessons: list  # the course's lessons in order
    done_ids: set
    seen_ids: set

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done(self):
        return sum(lesson.pk in self.done_ids for lesson in self.lessons)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def finished(self):
        return self.total > 0 and self.done == self.total

    def next_lesson(self):
        """Where to go on: the first lesson not done, else the first one."""
        for lesson in self.lessons:
            if lesson.pk not in self.done_ids:
                return lesson
        return self.lessons[0] if self.lessons else None

    def for_module(self, module):
        lessons = [lesson for lesson in self.lessons if lesson.path.startswith(module.path)]
        return CourseProgress(lessons, self.done_ids, self.seen_ids)


def course_progress(participant, course):
    lessons = list(course.lessons())
    rows = LessonProgress.objects.filter(participant=participant, lesson__in=lessons)
    done, seen = set(), set()
    for lesson_id, completed_at in rows.values_list("lesson_id", "completed_at"):
        seen.add(lesson_id)
        if completed_at is not None:
            done.add(lesson_id)
    return CourseProgress(lessons, done, seen)
