"""What editors enter under "Statistik": followers, media mentions and the status note's text."""

import pytest
from django.urls import reverse

from events.models import EventPage
from reports.models import EventAttendance, FollowerCount, MediaMention, StatusNote

pytestmark = pytest.mark.django_db


def test_the_demo_carries_the_notes_followers_mentions_and_text(demo_content):
    followers = {(f.channel, f.date.year): f.followers for f in FollowerCount.objects.all()}
    assert followers == {
        ("facebook", 2012): 1950,
        ("twitter", 2012): 265,
        ("facebook", 2013): 2375,
        ("twitter", 2013): 694,
    }
    media = set(MediaMention.objects.values_list("medium", flat=True))
    assert {"Ugebrevet A4", "HK-bladet", "Ekstra Bladet", "finans.tv2", "FTF"} <= media
    assert "partssamarbejde" in StatusNote.objects.get(year=2013).introduction


def test_editors_find_them_in_the_statistics_menu(editor_client, demo_content):
    home = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Statistik" in home
    for model in ("followercount", "mediamention", "statusnote"):
        listing = editor_client.get(reverse(f"wagtailsnippets_reports_{model}:list"))
        assert listing.status_code == 200
    listing = editor_client.get(reverse("wagtailsnippets_reports_mediamention:list"))
    assert "Ugebrevet A4" in listing.content.decode()


def test_an_editor_records_who_came_to_an_event(editor_client, demo_content):
    event = EventPage.objects.get(slug="vaeksthusdagen-2013")
    add = reverse("wagtailsnippets_reports_eventattendance:add")
    assert editor_client.get(add).status_code == 200
    response = editor_client.post(add, {"event": event.pk, "attended": "57"})
    assert response.status_code == 302
    assert EventAttendance.objects.get(event=event).attended == 57
    listing = editor_client.get(reverse("wagtailsnippets_reports_eventattendance:list"))
    assert "Væksthusdagen 2013" in listing.content.decode()
