"""Participants and what they did. A participant is not a Django user: no password, signed
in by a mailed link (courses/signin.py) into a session of their own."""

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_nonce():
    return secrets.token_urlsafe(12)


class Participant(models.Model):
    name = models.CharField(_("Navn"), max_length=200)
    email = models.EmailField(_("E-mail"), max_length=254)
    organisation = models.CharField(_("Organisation"), max_length=200)
    created_at = models.DateTimeField(default=timezone.now)
    # The course whose page the participant signed up on (for the secretariat's figures).
    first_course = models.ForeignKey(
        "courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_active_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Part of every sign-in link; replaced when a link is used, so each link works once.
    link_nonce = models.CharField(max_length=32, default=new_nonce)
    # When the participant was warned that inactive data will be deleted (courses/retention.py).
    deletion_warned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Kursusdeltager")
        verbose_name_plural = _("Kursusdeltagere")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="courses_participant_unique_email")
        ]

    def __str__(self):
        return self.name


class LessonProgress(models.Model):
    """One participant in one lesson: seen, the exercise text (the participant's alone: never
    shown to a group or the secretariat), the quiz score, and when it was all done."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField(default=timezone.now)
    exercise_text = models.TextField(blank=True)
    exercise_saved_at = models.DateTimeField(null=True, blank=True)
    quiz_score = models.PositiveSmallIntegerField(null=True, blank=True)  # percent right
    quiz_answered_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "lesson"], name="courses_progress_once_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.participant_id}: {self.lesson_id}"


class QuestionResult(models.Model):
    """Whether a participant's latest answer to one quiz question was right (the block's id
    names the question), for the secretariat's average per question."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    question_id = models.CharField(max_length=64)
    correct = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "lesson", "question_id"],
                name="courses_result_once_per_question",
            )
        ]

    def __str__(self):
        return f"{self.participant_id}: {self.question_id}"


class LeaderGroup(models.Model):
    """A leader group taking a course together: its members see who finished which lesson."""

    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("Gruppens navn"), max_length=120)
    created_by = models.ForeignKey(
        Participant, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    members = models.ManyToManyField(Participant, related_name="leader_groups")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Ledergruppe")
        verbose_name_plural = _("Ledergrupper")

    def __str__(self):
        return self.name


class GroupInvitation(models.Model):
    group = models.ForeignKey(LeaderGroup, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("E-mail"))
    invited_by = models.ForeignKey(
        Participant, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    mailed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.email
