from django.urls import path

from newsletter import views
from newsletter.admin_views import PREVIEW_TOKEN, test_link

app_name = "newsletter"

urlpatterns = [
    path("", views.signup, name="signup"),
    path("tak/", views.thanks, name="thanks"),
    path("bekraeft/<slug:token>/", views.confirm, name="confirm"),
    # The links of test mails and previews: an explanation, nothing changes.
    *(path(f"{kind}/{PREVIEW_TOKEN}/", test_link) for kind in ("afmeld", "indstillinger")),
    path("afmeld/<slug:token>/", views.unsubscribe, name="unsubscribe"),
    path("indstillinger/", views.preferences_link, name="preferences_link"),
    # <key>: the subscriber's token, signed with a time (newsletter/links.py).
    path("indstillinger/<str:key>/", views.preferences, name="preferences"),
    path("indstillinger/<str:key>/data/", views.data, name="data"),
    path("indstillinger/<str:key>/oplysninger/", views.data_page, name="data_page"),
    path("indstillinger/<str:key>/slet/", views.delete, name="delete"),
]
