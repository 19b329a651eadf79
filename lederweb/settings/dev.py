from .embedded import use_embedded_servers

# Before base.py reads them. SITE_URL too: beside a running `PORT=8400 make dev`, a second
# terminal's manage.py writes links to the address that stack serves (devstack/).
use_embedded_servers(optional=("SITE_URL",))

from .base import *  # noqa: E402, F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405
# runserver serves static files from the source folders, no collectstatic needed.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
