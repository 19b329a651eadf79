from courses.models.pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.models.participants import (
    GroupInvitation,
    LeaderGroup,
    LessonProgress,
    Participant,
    QuestionResult,
)

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "GroupInvitation",
    "LeaderGroup",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Participant",
    "QuestionResult",
]
