"""Leader groups see who finished what, never what anyone wrote; the participant's own data
can be exported and deleted; inactive participants are warned, then deleted."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from courses import groups, progress, retention
from courses.models import GroupInvitation, LessonProgress, Participant
from courses.tasks import send_deletion_warning, send_group_invitation
from tests.courses.conftest import make_participant, signed_in
from tests.support import queued_task_names

pytestmark = pytest.mark.django_db

SECRET = "Min chef forstår mig ikke – HEMMELIGT"


def test_a_group_is_started_invited_to_joined_and_never_shows_exercise_texts(
    client, course, participant, mailoutbox, django_capture_on_commit_callbacks
):
    course_page, lessons = course
    signed_in(client, participant)
    response = client.post(
        f"/kursusdeltager/ledergrupper/ny/{course_page.pk}/", {"name": "Team Nord"}
    )
    group_url = response.url
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(group_url + "inviter/", {"emails": "jens@odense.dk\nikke-en-adresse"})
    assert not GroupInvitation.objects.exists()  # one bad address: nothing sent, all kept
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(group_url + "inviter/", {"emails": "jens@odense.dk"})
    assert queued_task_names(callbacks) == ["courses.tasks.send_group_invitation"]
    invitation = GroupInvitation.objects.get()
    assert send_group_invitation(invitation.pk) and not send_group_invitation(invitation.pk)
    [mail] = mailoutbox
    assert mail.to == ["jens@odense.dk"] and "Team Nord" in mail.body

    jens = make_participant("jens@odense.dk", "Jens Olsen")
    progress.save_exercise(jens, lessons[1], SECRET)
    progress.mark_seen(jens, lessons[0])
    other = make_participant("eva@x.dk", "Eva")
    signed_in(client, other)
    assert client.get(group_url).status_code == 404  # not a member
    assert client.post(group_url + "deltag/").status_code == 404  # not invited

    signed_in(client, jens)
    assert "Bliv medlem" in client.get(course_page.url).content.decode()
    assert client.post(group_url + "deltag/").status_code == 302
    html = client.get(group_url).content.decode()
    assert "Jens Olsen" in html and "Mette Hansen" in html
    assert html.count("✓") == 2  # Jens: two lessons done; Mette: none
    assert SECRET not in html and "HEMMELIGT" not in html


def test_the_participant_exports_and_deletes_their_data(client, course, participant):
    _, lessons = course
    progress.save_exercise(participant, lessons[1], SECRET)
    groups.create(course[0], participant, "Team Syd")
    signed_in(client, participant)
    response = client.get("/kursusdeltager/mine-oplysninger/data.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["e-mail"] == "mette@aarhus.dk"
    assert data["lektioner"][0]["refleksion"] == SECRET
    assert data["ledergrupper"] == ["Team Syd"]
    assert "Mette Hansen" in client.get("/kursusdeltager/mine-oplysninger/").content.decode()

    refused = client.post("/kursusdeltager/mine-oplysninger/slet/")
    assert refused.status_code == 400 and Participant.objects.exists()
    deleted = client.post("/kursusdeltager/mine-oplysninger/slet/", {"bekraeft": "ja"})
    assert "Dine oplysninger er slettet" in deleted.content.decode()
    assert not Participant.objects.exists() and not LessonProgress.objects.exists()
    assert client.get(lessons[1].url).context["participant"] is None


def test_inactive_participants_are_warned_then_deleted_and_the_active_kept(
    participant, mailoutbox, settings, django_capture_on_commit_callbacks
):
    now = timezone.now()
    old = make_participant("gammel@x.dk", "Gammel")
    Participant.objects.filter(pk=old.pk).update(last_active_at=now - timedelta(days=30 * 24 - 10))
    assert retention.due_for_warning() == [old.pk]
    assert send_deletion_warning(old.pk) and not send_deletion_warning(old.pk)
    [mail] = mailoutbox
    assert mail.to == ["gammel@x.dk"] and "Om 30 dage sletter vi" in mail.body

    assert retention.delete_expired() == 0  # warned just now: not yet
    later = now + timedelta(days=31)
    assert retention.delete_expired(later) >= 1
    assert list(Participant.objects.values_list("email", flat=True)) == ["mette@aarhus.dk"]

    settings.COURSES_INACTIVE_MONTHS = 1
    Participant.objects.update(last_active_at=now - timedelta(days=20))
    assert retention.due_for_warning() == [participant.pk]
