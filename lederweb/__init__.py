"""Lederweb: settings, the Celery app and the site-wide pages (home, Væksthus sections,
standard pages, health check)."""

from .celery import app as celery_app

__all__ = ["celery_app"]
