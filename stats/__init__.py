"""Statistics the secretariat reads: how often each article is read, per day. Counted in Redis
on the request path (stats/counting.py) and rolled up here by a Celery beat task."""
