"""One number for the whole site's rendered fragments: it changes whenever anything a page
shows may have changed (a page published, moved or deleted, a snippet or setting saved), so
fragment caches keyed on it never serve stale menus, lists or footers, and nothing has to
know which fragment shows what. Redis holds it, so every web node agrees.

The cache ignores Redis outages (django-redis IGNORE_EXCEPTIONS): then the number is None,
fragments are simply built every time, and publishing still works."""

import time

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

KEY = "site-generation"


def _fresh_start():
    # Starting from the clock, a number lost from Redis never comes back as an old one.
    return int(time.time() * 1000)


def site_generation():
    generation = cache.get(KEY)
    if generation is None:
        cache.add(KEY, _fresh_start(), timeout=None)
        generation = cache.get(KEY)
    return generation


def bump_site_generation(*args, **kwargs):
    try:
        cache.incr(KEY)
    except ValueError:  # not set (first use, or evicted)
        cache.add(KEY, _fresh_start(), timeout=None)


def context(request):
    """`cache_generation` for `{% cache %}` tags; read from Redis only if a template uses it."""
    return {"cache_generation": SimpleLazyObject(site_generation)}
