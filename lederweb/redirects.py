"""The old site moved its projects three times; every old address of a project answers with
a permanent redirect to /projekter/<slug>/, its query string kept. Only these sub-paths are
taken: /om-vaeksthuset/ itself and its other children are real pages.

Other old addresses are Wagtail redirects: made automatically when a page moves or is
renamed, or imported from a CSV file (README: "Gamle adresser")."""

from django.http import HttpResponsePermanentRedirect
from django.urls import path

from lederweb.text import danish_slugify

OLD_PROJECT_FOLDERS = [
    "om-vaeksthus-for-ledelse/aktuelle-projekter/",
    "om-vaeksthuset/igangvaerende-projekter/",
    "projekter/se-alle-igangvarende-projekter/",
]


def old_project_address(request, slug):
    # The old slugs may keep æ, ø and å; today's are transliterated.
    target = f"/projekter/{danish_slugify(slug)}/"
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


urlpatterns = [path(f"{folder}<str:slug>/", old_project_address) for folder in OLD_PROJECT_FOLDERS]
