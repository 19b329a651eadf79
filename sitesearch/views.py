from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django_ratelimit.decorators import ratelimit

from lederweb.models import Theme
from lederweb.pagination import requested_page_number
from lederweb.ratelimit import rate_setting
from sitesearch.forms import MAX_QUERY_CHARS, SearchForm
from sitesearch.popular import reading_tips
from sitesearch.search import find, suggestion_documents
from stats.counting import note_search

MOST_READ = 5
THEMES = 8


def _too_many(request):
    response = render(request, "pages/search_rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


@ratelimit(key="ip", rate=rate_setting("SEARCH_RATE"), method=ratelimit.ALL, block=False)
def search(request):
    if request.limited:
        return _too_many(request)
    form = SearchForm(request.GET)
    outcome = find(request, form)
    if outcome.query and outcome.searched and requested_page_number(request) == 1:
        note_search(request, outcome.query, outcome.count)  # counted when it is served
    context = {"form": form, "outcome": outcome, "page_obj": outcome.page_obj}
    if not outcome.count:
        # Something to go on when nothing was found (or nothing asked yet); read only when
        # the template's cached fragment has expired.
        context["reading"] = SimpleLazyObject(lambda: reading_tips(limit=MOST_READ))
        context["themes"] = Theme.objects.all()[:THEMES]
    return render(request, "pages/search.html", context)


@ratelimit(key="ip", rate=rate_setting("SEARCH_SUGGEST_RATE"), method=ratelimit.ALL, block=False)
def suggest(request):
    """JSON for the search field's suggestions: {"suggestions": [{"title", "url", "kind"}]}."""
    if request.limited:
        return JsonResponse({"suggestions": []}, status=429)
    text = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_CHARS]
    suggestions = [
        {
            "title": document.title,
            "url": document.page.get_url(request),
            "kind": document.kind_label,
        }
        for document in suggestion_documents(text)
    ]
    response = JsonResponse({"query": text, "suggestions": suggestions})
    patch_cache_control(response, max_age=60)
    return response
