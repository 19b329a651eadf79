"""Wagtail admin: »E-kurser«, the figures per course and their CSV (courses/overview.py)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from courses.models import CoursePage
from courses.overview import course_figures
from lederweb.charts import horizontal_bars
from lederweb.spreadsheets import TextWriter


def _check(request):
    if not request.user.has_perm("courses.view_participant"):
        raise PermissionDenied


def _header(*items):
    items = [{"url": reverse("e_kurser:index"), "label": "E-kurser"}, *items]
    return {
        "breadcrumbs_items": items,
        "header_title": items[-1]["label"],
        "header_icon": "list-ul",
    }


def index(request):
    _check(request)
    courses = CoursePage.objects.order_by("title")
    return TemplateResponse(request, "courses/admin/index.html", {**_header(), "courses": courses})


def overview(request, pk):
    _check(request)
    course = get_object_or_404(CoursePage, pk=pk)
    figures = course_figures(course)
    funnel = figures.funnel()
    chart = horizontal_bars(
        f"Fra tilmelding til gennemført: {course.title}",
        [label for label, _ in funnel],
        [count for _, count in funnel],
        name="Deltagere",
        label_heading="Trin",
    )
    context = {
        **_header({"url": "", "label": course.title}),
        "course": course,
        "figures": figures,
        "chart": chart,
    }
    return TemplateResponse(request, "courses/admin/overview.html", context)


def overview_csv(request, pk):
    _check(request)
    course = get_object_or_404(CoursePage, pk=pk)
    figures = course_figures(course)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="e-kursus-{course.slug}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 with a byte-order mark
    writer = TextWriter(response)
    writer.writerow(["Trin", "Deltagere"])
    writer.writerows(figures.funnel())
    writer.writerow([])
    writer.writerow(["Lektion", "Spørgsmål", "Svar", "Gennemsnit (% rigtige)"])
    for lesson, question, answers, percent in figures.questions:
        writer.writerow([lesson.title, question, answers, "" if percent is None else percent])
    writer.writerow([])
    writer.writerow(["Ledergruppe", "Medlemmer"])
    writer.writerows([(group.name, group.member_count) for group in figures.groups])
    return response
