"""The course certificate: a PDF with the participant's name, the course and the date the
last lesson was done, for a participant who has done every lesson."""

from django.db.models import Max
from django.http import HttpResponse

from courses import progress
from courses.models import LessonProgress
from lederweb.pdf import PDF_MIME, render_pdf


def certificate_pdf(course, participant):
    """PDF bytes, or None while lessons are left."""
    course_progress = progress.course_progress(participant, course)
    if not course_progress.finished:
        return None
    finished_at = LessonProgress.objects.filter(
        participant=participant, lesson__in=course_progress.lessons
    ).aggregate(last=Max("completed_at"))["last"]
    context = {
        "course": course,
        "participant": participant,
        "finished_at": finished_at,
        "lesson_count": course_progress.total,
        "module_count": course.modules().count(),
    }
    return render_pdf("pdf/course_certificate.html", context)


def certificate_response(course, participant, filename):
    pdf = certificate_pdf(course, participant)
    if pdf is None:
        return None
    response = HttpResponse(pdf, content_type=PDF_MIME)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
