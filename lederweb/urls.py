from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from lederweb import admin_links, documents, redirects, restrictions, views
from lederweb.sitemap import sitemap

# A 503 with Retry-After instead of 500 while the database cannot be reached.
handler500 = views.server_error

# Wagtail's password forms at their own addresses, answering a wrong password with 400.
password_forms = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        restrictions.answering_400_when_refused(wagtail_views.authenticate_with_password),
    ),
    path(
        "dokumenter/authenticate_with_password/<int:restriction_id>/",
        restrictions.answering_400_when_refused(wagtaildocs_serve.authenticate_with_password),
    ),
]

urlpatterns = [
    # Before Wagtail's admin, which routes the same address to a view that fails (500) on a
    # POST without the address (lederweb/admin_links.py).
    path("admin/choose-external-link/", admin_links.external_link_chooser),
    path("admin/", include(wagtailadmin_urls)),
    *password_forms,
    path("dokumenter/", include(wagtaildocs_urls)),
    path("healthz/", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    # A day, not a year as for static files: a replaced upload can get its old address back
    # (rendition names keep only the start of the original's name). Document files are never
    # served here: their media address redirects to Wagtail's serve view, which checks the
    # collection's privacy (lederweb/documents.py).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", documents.serve_media)]

urlpatterns += [path("nyhedsbrev/", include("newsletter.urls"))]
# The configured mail provider's bounce and complaint webhook (newsletter/webhooks.py).
urlpatterns += [path("anymail/", include("newsletter.webhooks"))]
urlpatterns += [path("soeg/", include("sitesearch.urls"))]
# The e-course's participants: sign-up, sign-in links, their data, leader groups.
urlpatterns += [path("kursusdeltager/", include("courses.urls"))]
# The old site's project addresses, before Wagtail's pages catch them (lederweb/redirects.py).
urlpatterns += redirects.urlpatterns
# Page routes named like files (an event's …/kalender.ics): Wagtail only serves paths that end
# in "/"; these go through its serve view all the same (view restrictions included).
urlpatterns += [
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+[\w\-]+\.[a-z0-9]+)$",
        restrictions.serve_file_route,
        name="page_file_route",
    )
]
urlpatterns += [path("", include(wagtail_urls))]
