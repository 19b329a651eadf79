"""Statistics the secretariat reads: the site's traffic and how often each article is read, per
day. Counted in Redis on the request path (stats/counting.py) and rolled up into aggregate rows
by a Celery beat task; read through stats/figures.py."""
