import os

from .embedded import use_embedded_servers

use_embedded_servers()  # before base.py reads DATABASE_URL and REDIS_URL

from .base import *  # noqa: E402, F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# Mail goes to the SMTP sink the tests start (tests/conftest.py points EMAIL_PORT at it).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
# One prefix per pytest-xdist worker (gw0, gw1: make test-fast runs two), so that one worker's
# emptying of the cache or rate-limit counters never reaches the other's.
CACHES["default"]["KEY_PREFIX"] = "lederweb-test" + os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405
# Client tests serve static files from the source folders, as runserver does.
WHITENOISE_USE_FINDERS = True
