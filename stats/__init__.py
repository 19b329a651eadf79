"""Statistics the secretariat reads: how often each article is read, per day. Counted in Redis
on the request path (lederweb/popularity.py) and rolled up here by a Celery beat task."""
