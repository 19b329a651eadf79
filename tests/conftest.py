import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings

from tests import database
from tests.shared import SHARED, is_transactional
from tests.support import (
    EDITOR_PASSWORD,
    SITE_URL,
    DevStack,
    SmtpSink,
    database_url,
    empty_cache,
    other_redis_db,
    project_env,
    start_site,
    start_worker,
)

# Playwright's sync API keeps an event loop in the test thread; Django's ORM calls in the
# same tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# What starts a browser, a Celery worker or a served site: `make test-fast` leaves these out.
SLOW_FIXTURES = {"browser", "celery_worker", "demo_site", "dev_stack"}


def pytest_itemcollected(item):
    fixtures = set(getattr(item, "fixturenames", ()))
    # The served site copies the migrated test database, which pytest-django only creates
    # when a collected test asks for the database: browser tests alone must ask for it too.
    if "demo_site" in fixtures:
        item.add_marker(pytest.mark.django_db)
    if fixtures & SLOW_FIXTURES or item.get_closest_marker("browser"):
        item.add_marker(pytest.mark.slow)


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering, which this refines
def pytest_collection_modifyitems(items):
    items.sort(key=_run_order)


# The shared levels (tests/shared.py), each built on the one before it.
LEVELS = ("home", "tree", "demo")


def _level_asked(fixtures):
    """The last shared level a test asks for (through its fixtures), or None."""
    asked = [level for level in LEVELS if f"_shared_{level}" in fixtures]
    return asked[-1] if asked else None


def _run_order(item):
    """As Django orders tests (in a transaction, then transactional, then no database), with the
    tests that share the front page, then the site tree, then the demo content, last of the
    first kind (see tests/shared.py)."""
    fixtures = set(getattr(item, "fixturenames", ()))
    if is_transactional(item):
        return 4
    if not (item.get_closest_marker("django_db") or fixtures & {"db", "django_db_setup"}):
        return 5
    level = _level_asked(fixtures)
    return 0 if level is None else 1 + LEVELS.index(level)


@pytest.fixture(autouse=True)
def _each_test_gets_the_shared_levels_it_asks_for(request):
    """A test runs on the shared levels it asks for and no others: a transactional test sees
    only what is committed (every level goes first), and a test that asks for no demo content
    sees none, whatever ran before it (on a pytest-xdist worker too). In _run_order each level
    is still built once and rolled back once."""
    node = request.node
    if is_transactional(node):
        SHARED.roll_back()
        return
    level = _level_asked(set(getattr(node, "fixturenames", ())))
    above = LEVELS.index(level) + 1 if level else 0
    if above < len(LEVELS):
        SHARED.roll_back(LEVELS[above])


@pytest.fixture(scope="session")
def _shared_home(django_db_setup, django_db_blocker):
    from lederweb.demo import ensure_home

    SHARED.build("home", django_db_blocker, ensure_home)
    yield
    SHARED.roll_back()


@pytest.fixture(scope="session")
def _shared_tree(_shared_home, django_db_blocker):
    from lederweb.demo import site

    SHARED.build("tree", django_db_blocker, site.load)


@pytest.fixture(scope="session")
def _shared_demo(_shared_tree, django_db_blocker):
    SHARED.build("demo", django_db_blocker, _demo_level)


def _demo_level():
    """The demo content, and the renditions of the pictures the front page and the Væksthus
    pages show: made once in the level instead of in each test that views them (1.3 to 2 s a
    page, AVIF and WebP in every width)."""
    from django.test import Client

    from lederweb.models import HomePage, SectionPage

    _load_demo_content()
    client = Client()
    for page in [HomePage.objects.get(), *SectionPage.objects.live()]:
        assert client.get(page.url).status_code == 200


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache and a new site generation, as a new state of the
    site would: nothing cached under an earlier test's rows (rolled back since: pages, Wagtail's
    renditions and site root paths, rate-limit counters) is served to this one. Only the
    cache's own keys go (tests.support.empty_cache)."""
    from lederweb import breaker
    from lederweb.cache import bump_site_generation

    breaker.reset()  # an earlier test's Redis outage must not make this one skip Redis
    empty_cache()
    bump_site_generation()


@pytest.fixture(scope="session")
def smtp_sink():
    sink = SmtpSink().start()
    with override_settings(EMAIL_PORT=sink.port):
        yield sink
    sink.stop()


@pytest.fixture
def mailbox(smtp_sink):
    """The SMTP sink's inbox, emptied before the test."""
    smtp_sink.mailbox.clear()
    smtp_sink.mailbox.refuse_with = None
    smtp_sink.mailbox.held.clear()
    yield smtp_sink.mailbox
    smtp_sink.mailbox.refuse_with = None
    smtp_sink.mailbox.hold = False


@pytest.fixture(scope="session")
def django_db_keepdb(django_db_modify_db_settings, django_db_blocker):
    """Loads this run's (this worker's) test database from tests/database.sql when that matches
    the migrations (tests/database.py); pytest-django's Django then keeps the database it finds,
    with nothing left to migrate. Otherwise Django creates and migrates it as usual."""
    settings_dict = connection.settings_dict
    url = database_url(settings_dict, settings_dict["TEST"]["NAME"] or _test_database_name())
    with django_db_blocker.unblock():
        loaded = database.is_current(url)
        if loaded:
            database.load(url)
        else:
            warnings.warn(
                "tests/database.sql passer ikke til migrationerne, så testdatabasen migreres "
                "(15 s): `make test-database` skriver den igen",
                stacklevel=1,
            )
    yield loaded
    if loaded:  # kept, so not dropped by Django
        with django_db_blocker.unblock():
            connections.close_all()
        database.drop(url)


def _test_database_name():
    """Django's name for the test database when the settings name none (no pytest-xdist)."""
    from django.db.backends.base.creation import TEST_DATABASE_PREFIX

    return TEST_DATABASE_PREFIX + connection.settings_dict["NAME"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Also copies the freshly migrated test database for the served site (`demo_site`), now,
    while nothing else is connected to it."""

    settings_dict = connection.settings_dict
    name = f"{settings_dict['NAME']}_site"
    with django_db_blocker.unblock():
        connections.close_all()
    database.create(database_url(settings_dict, name), template=settings_dict["NAME"])
    yield
    database.drop(database_url(settings_dict, name))


@pytest.fixture(scope="session")
def test_database_url(django_db_setup):
    return database_url(connection.settings_dict)


@pytest.fixture(scope="session")
def celery_worker(test_database_url, smtp_sink):
    """A real Celery worker process on the real Redis, using the test database."""
    worker = start_worker(
        project_env(test_database_url, smtp_sink.port), queues=("celery", "documents")
    )
    yield worker
    worker.stop()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, smtp_sink, tmp_path_factory):
    """The site with the demo content, served as in production (production settings, collected
    static files, gunicorn) from a database of its own (a copy of the migrated test database),
    so the tests' rollbacks and flushes never touch it."""
    settings_dict = connection.settings_dict
    name = f"{settings_dict['NAME']}_site"
    env = project_env(
        database_url(settings_dict, name),
        smtp_sink.port,
        DJANGO_SETTINGS_MODULE="lederweb.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        # The tests stand in for the proxy: their X-Forwarded-For names the reader.
        FORWARDED_ALLOW_IPS="127.0.0.1",
        LEDERWEB_VAR=str(tmp_path_factory.mktemp("site-var")),
        EMAIL_HOST="127.0.0.1",
    )
    for command in (["collectstatic", "--no-input"], ["load_demo_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], env=env, check=True, capture_output=True
        )
    site = start_site(env)
    yield site
    site.stop()


@pytest.fixture(scope="session")
def dev_stack(django_db_setup, smtp_sink):
    """`make dev` as an editor runs it (runserver, Celery worker and beat, the demo content and
    the admin account), on its own port, database and Redis database, mailing the SMTP sink:
    for journeys through the whole running stack."""
    settings_dict = connection.settings_dict
    name = f"{settings_dict['NAME']}_dev"
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url(settings_dict, name),
        REDIS_URL=other_redis_db(os.environ["REDIS_URL"], 2),
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_sink.port),
    )
    root = Path(tempfile.mkdtemp(prefix="lederweb-journey-"))
    stack = DevStack(root / "var", env)
    stack.start()
    yield stack
    stack.ctrl_c()
    database.drop(database_url(settings_dict, name))
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def home(_shared_home, db):
    """Just the front page: what a test needs is added below it."""
    from lederweb.demo import ensure_home

    return ensure_home()  # the level's (SITE_URL still followed), or a new one when rolled back


@pytest.fixture
def tree(_shared_tree, db):
    """The site tree (front page, the three Væksthuse, about, contact, themes, accessibility)
    without the apps' demo content; returns the front page (an instance of this test's own)."""
    from lederweb.demo import site
    from lederweb.models import HomePage

    return HomePage.objects.get() if SHARED.has("tree") else site.load()


@pytest.fixture
def editor(django_user_model):
    """The secretariat's editor: a superuser with an e-mail address."""
    return django_user_model.objects.create_superuser("redaktoer", "r@kl.dk", EDITOR_PASSWORD)


@pytest.fixture
def editor_client(client, editor):
    """The test client logged into the admin as `editor`."""
    client.force_login(editor)
    return client


@pytest.fixture
def site_url(settings):
    """Absolute links (feeds, sitemap, the head) on the production address."""
    settings.SITE_URL = SITE_URL
    return SITE_URL


@pytest.fixture
def demo_content(_shared_demo, db):
    """The demo content of `load_demo_content`, on the site tree."""
    if not SHARED.has("demo"):
        _load_demo_content()


def _load_demo_content():
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    assert executable, "chromium mangler: kør bin/ensure-chromium (make test gør det selv)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    yield page
    context.close()
