from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from lederweb import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("healthz/", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Events' calendar files (…/kalender.ics): Wagtail only serves paths that end in "/".
urlpatterns += [path("", include("events.urls"))]
urlpatterns += [path("nyhedsbrev/", include("newsletter.urls"))]
# The mail provider's bounce and complaint webhooks (django-anymail, newsletter/tracking.py).
urlpatterns += [path("anymail/", include("anymail.urls"))]
urlpatterns += [path("", include(wagtail_urls))]
