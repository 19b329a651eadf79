"""The test database, made from a dump of the migrated schema (tests/database.sql) instead of
by running every migration: loading it takes half a second, migrating 15 seconds (Django's
migration state, not the SQL, is the cost), and each pytest-xdist worker pays it once.

The dump is kept with the migrations it was made from, as Rails keeps its schema file: its
first line holds a key over every migration file (the site's and its packages'), Django's
version and PostgreSQL's major version. A test database is loaded from it only when that key
is the current one; otherwise it is migrated as before. `make test` compares the dump with a
database migrated from scratch (tests/test_database.py), so a migration added without
`make test-database` fails CI instead of going unnoticed.

    python -m tests.database    (make test-database) writes the dump again
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import django
import psycopg
from psycopg import sql

from devstack.postgres import conninfo, program

DUMP = Path(__file__).with_name("database.sql")
HEADER = "-- lederweb test database "
BASE_DIR = Path(__file__).resolve().parent.parent

# Same output for the same schema: no owners or grants (the test role is whoever runs it), and
# a fixed key for psql's \restrict guard instead of a random one on every dump.
DUMP_OPTIONS = ["--no-owner", "--no-privileges", "--restrict-key=lederweb"]


def migrations_key(server_version):
    """A digest of what the migrated schema follows from."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256(f"{django.__version__} {server_version // 10000}".encode())
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for app_label, name in sorted(loader.disk_migrations):
        module = sys.modules[loader.disk_migrations[app_label, name].__module__]
        digest.update(f"{app_label}.{name}\n".encode())
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def dump_key():
    """The key the dump was made under, or None when there is no dump."""
    if not DUMP.exists():
        return None
    with DUMP.open() as file:
        first = file.readline()
    return first.removeprefix(HEADER).strip() if first.startswith(HEADER) else None


def server_version(database_url):
    with psycopg.connect(conninfo(_other(database_url, "postgres"))) as conn:
        return conn.info.server_version


def is_current(database_url):
    return dump_key() == migrations_key(server_version(database_url))


def create(database_url, template=None):
    """Makes the database of the URL anew: empty, or a copy of the database `template`."""
    drop(database_url)
    copy = sql.SQL(" TEMPLATE {}").format(sql.Identifier(template)) if template else sql.SQL("")
    _on_server(database_url, sql.SQL("CREATE DATABASE {}{}"), copy)


def drop(database_url):
    _on_server(database_url, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)"))


def _on_server(database_url, statement, *more):
    """Runs a statement on the URL's database (its name the first placeholder) from the
    server's maintenance database."""
    name = psycopg.conninfo.conninfo_to_dict(conninfo(database_url))["dbname"]
    with psycopg.connect(conninfo(_other(database_url, "postgres")), autocommit=True) as conn:
        conn.execute(statement.format(sql.Identifier(name), *more))


def load(database_url):
    """Makes the database of the URL anew from the dump."""
    create(database_url)
    subprocess.run(
        [program("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(DUMP)]
        + ["-d", conninfo(database_url)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def migrate(database_url):
    """Makes the database of the URL anew by running every migration, as Django's test runner
    does (test settings)."""
    create(database_url)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        env={
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "lederweb.settings.test",
        },
        cwd=BASE_DIR,
        check=True,
    )


def dump(database_url, *options):
    """pg_dump's plain SQL of the database, without its first comment lines (which name the
    versions)."""
    result = subprocess.run(
        [program("pg_dump"), *DUMP_OPTIONS, *options, "-d", conninfo(database_url)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def write(database_url):
    """Migrates a scratch database next to the URL's and writes its dump with the key."""
    scratch = _other(database_url, "lederweb_test_database_dump")
    migrate(scratch)
    try:
        key = migrations_key(server_version(scratch))
        DUMP.write_text(f"{HEADER}{key}\n{dump(scratch)}")
    finally:
        drop(scratch)


def _other(database_url, name):
    """The URL of another database on the same server."""
    base, _, query = database_url.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lederweb.settings.test")
    django.setup()
    write(os.environ["DATABASE_URL"])
    print(f"{DUMP.relative_to(BASE_DIR)} skrevet ({DUMP.stat().st_size // 1024} kB)")
