from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses import groups
from courses.forms import GroupForm, InviteForm
from courses.models import CoursePage, LeaderGroup
from courses.signin import current_participant
from courses.views.common import COURSES, limited, signed_out_page


def _member_group(request, group_id):
    participant = current_participant(request)
    group = get_object_or_404(LeaderGroup.objects.select_related("course"), pk=group_id)
    if participant is None or not group.members.filter(pk=participant.pk).exists():
        raise Http404
    return participant, group


def _overview_page(request, group, participant, invite_form=None, status=200):
    lessons, rows = groups.overview(group)
    context = {
        "group": group,
        "course": group.course.specific,
        "participant": participant,
        "lessons": lessons,
        "rows": rows,
        "task_sheets": [lesson for lesson in lessons if lesson.task_sheet_for_groups],
        "invite_form": invite_form or InviteForm(),
        "invited": group.invitations.filter(accepted_at__isnull=True).order_by("email"),
        "breadcrumb_trail": [COURSES, (group.name, None)],
    }
    return render(request, "pages/course_group.html", context, status=status)


@require_POST
def create(request, course_id):
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request)
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    form = GroupForm(request.POST)
    if not form.is_valid():
        trail = [COURSES, ("Ny ledergruppe", None)]
        context = {"form": form, "course": course, "breadcrumb_trail": trail}
        return render(request, "pages/course_group_new.html", context, status=400)
    group = groups.create(course, participant, form.cleaned_data["name"])
    return redirect("courses:group", group.pk)


@never_cache
def overview(request, group_id):
    participant, group = _member_group(request, group_id)
    return _overview_page(request, group, participant)


@require_POST
def invite(request, group_id):
    participant, group = _member_group(request, group_id)
    form = InviteForm(request.POST)
    if limited(request, "courses-invite-ip", "ip", "COURSES_LINK_RATE"):
        form.add_error(None, "Der er sendt mange invitationer på kort tid. Vent en time.")
        return _overview_page(request, group, participant, form, status=429)
    if not form.is_valid():
        return _overview_page(request, group, participant, form, status=400)
    groups.invite(group, participant, form.cleaned_data["emails"])
    return redirect("courses:group", group.pk)


@require_POST
def join(request, group_id):
    participant = current_participant(request)
    if participant is None:
        return signed_out_page(request)
    group = get_object_or_404(LeaderGroup, pk=group_id)
    if not groups.join(group, participant):
        raise Http404
    return redirect("courses:group", group.pk)
