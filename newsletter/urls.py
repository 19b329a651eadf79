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
    path("indstillinger/<slug:token>/", views.preferences, name="preferences"),
    path("indstillinger/<slug:token>/data/", views.data, name="data"),
    path("indstillinger/<slug:token>/slet/", views.delete, name="delete"),
]
