from django.urls import re_path

from events.views import calendar_file

urlpatterns = [
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)kalender\.ics$", calendar_file, name="event_calendar"),
]
