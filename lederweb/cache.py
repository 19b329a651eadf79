"""One number for the whole site's rendered fragments: it changes whenever anything a page
shows may have changed (a page published, moved or deleted, a snippet or setting saved), so
fragment caches keyed on it never serve stale menus, lists or footers, and nothing has to
know which fragment shows what. Redis holds it, so every web node agrees.

The cache ignores Redis outages (django-redis IGNORE_EXCEPTIONS): then the number is None,
fragments are simply built every time, and publishing still works."""

import time
from contextvars import ContextVar

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

KEY = "site-generation"

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
