from django.urls import path

from courses.views import groups, participants

app_name = "courses"

urlpatterns = [
    path("tilmeld/", participants.sign_up, name="sign_up"),
    path("nyt-link/", participants.request_link, name="request_link"),
    path("tjek-din-mail/", participants.check_mail, name="check_mail"),
    # <token>: signed, with a time (courses/signin.py).
    path("log-ind/<str:token>/", participants.sign_in, name="sign_in"),
    path("log-ud/", participants.sign_out_view, name="sign_out"),
    path("mine-oplysninger/", participants.my_data, name="my_data"),
    path("mine-oplysninger/data.json", participants.export_data, name="export_data"),
    path("mine-oplysninger/slet/", participants.delete_data, name="delete_data"),
    path("ledergrupper/ny/<int:course_id>/", groups.create, name="group_create"),
    path("ledergrupper/<int:group_id>/", groups.overview, name="group"),
    path("ledergrupper/<int:group_id>/inviter/", groups.invite, name="group_invite"),
    path("ledergrupper/<int:group_id>/deltag/", groups.join, name="group_join"),
]
