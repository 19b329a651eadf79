"""The site's one cache layer inside Django: rendered fragments (the templates' `{% cache %}`
and `{% wagtailpagecache %}`, the head's tags for search engines, the sitemap, the search
filters' years, the site and page the router found) in the `template_fragments` cache, all
keyed on one number, the site generation (the »Mest læste« box stamps its rows with it too).
It changes whenever anything the published site shows may have changed (a page published,
unpublished, moved or deleted, a view restriction, a snippet or setting saved;
lederweb/signals.py), never on a draft save, so no fragment is ever stale and nothing has to
know which fragment shows what. Redis holds it, so every web node agrees. Who may see a page
is never cached: lederweb/restrictions.py reads it on every request.

The cache ignores Redis outages (django-redis IGNORE_EXCEPTIONS): then the number is None,
fragments are simply built every time, and publishing still works. FRAGMENT_CACHE=off swaps
the layer for Django's dummy cache, to measure what it buys (README, make bench)."""

import time
from contextvars import ContextVar

from django.core.cache import cache, caches
from django.utils.functional import SimpleLazyObject

KEY = "site-generation"
TIMEOUT = 3600

# Within one request every fragment and route sees the same number, read once.
_reading = ContextVar("reading-generation", default=False)
_seen = ContextVar("seen-generation", default=None)


def fresh_start():
    # Starting from the clock, a number lost from Redis never comes back as an old one.
    return int(time.time() * 1000)


def site_generation():
    """The number as this request first read it (one Redis round trip per request)."""
    generation = _seen.get()
    if generation is not None:
        return generation
    generation = cache.get(KEY)
    if generation is None:
        cache.add(KEY, fresh_start(), timeout=None)
        generation = cache.get(KEY)
    if _reading.get():
        _seen.set(generation)
    return generation


def fragment(name, build, timeout=TIMEOUT):
    """What `build()` returns, kept as fragment `name` of this site generation."""
    key = f"{name}:{site_generation()}"
    return caches["template_fragments"].get_or_set(key, build, timeout)


def bump_site_generation(*args, **kwargs):
    _seen.set(None)  # a request that changes the site reads the new number from then on
    try:
        cache.incr(KEY)
    except ValueError:  # not set (first use, or evicted)
        cache.add(KEY, fresh_start(), timeout=None)


def context(request):
    """`cache_generation` for `{% cache %}` tags; read from Redis only if a template uses it."""
    return {"cache_generation": SimpleLazyObject(site_generation)}


class GenerationMiddleware:
    """Lets a request read the generation once and keep it until it is answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reading, seen = _reading.set(True), _seen.set(None)
        try:
            return self.get_response(request)
        finally:
            _seen.reset(seen)
            _reading.reset(reading)
