"""`make dev` as a newcomer runs it: servers up, site served, one Ctrl-C stops everything."""

import http.cookiejar
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil
import pytest

from tests.support import BASE_DIR, free_port, wait_until


class DevStack:
    """`python -m lederweb.stack ACTION`, which is what `make dev` / `make serve` run."""

    def __init__(self, var_dir, env, action="dev"):
        self.action = action
        self.var_dir = var_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "LEDERWEB_VAR": str(var_dir), "PORT": str(self.port)}
        self.env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.env.pop("DJANGO_SETTINGS_MODULE", None)
        self.output = var_dir / "dev.log"

    def start(self):
        var = self.var_dir
        var.mkdir(exist_ok=True)
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lederweb.stack", self.action],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.output.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(self.healthy, 240, f"make dev kom ikke op:\n{self.log(tail=5000)}")
        return time.monotonic() - self.started_at

    def log(self, tail=None):
        text = self.output.read_text(errors="replace")
        return text[-tail:] if tail else text

    def healthy(self):
        assert self.process.poll() is None, self.log(tail=5000)
        try:
            return urllib.request.urlopen(self.url + "/healthz/", timeout=3).status == 200  # noqa: S310
        except OSError:
            return False

    def ctrl_c(self):
        """What a terminal does on Ctrl-C: SIGINT to the whole foreground process group."""
        os.killpg(self.process.pid, signal.SIGINT)
        self.process.wait(60)

    def leftovers(self):
        marker = str(self.var_dir)
        found = []
        for process in psutil.process_iter(["cmdline", "environ"]):
            try:
                cmdline = " ".join(process.info["cmdline"] or [])
                environ = process.info["environ"] or {}
            except psutil.Error:
                continue
            if marker in cmdline or environ.get("LEDERWEB_VAR") == marker:
                found.append(cmdline)
        return found


def log_in(url, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(url + "/admin/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "admin", "password": password}
    ).encode()
    request = urllib.request.Request(  # noqa: S310
        url + "/admin/login/?next=/admin/", data=data, headers={"Referer": url + "/admin/login/"}
    )
    response = opener.open(request)
    return response.url.endswith("/admin/") and "wagtail" in response.read().decode().lower()


@pytest.fixture
def var_dir():
    """Outside pytest's tmp_path: pytest keeps its base folder private (0700), and the embedded
    PostgreSQL runs as its own user, which must be able to reach its data folder."""
    path = Path(tempfile.mkdtemp(prefix="lederweb-devstack-"))
    yield path / "var"
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def embedded_env():
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    return env


def test_make_dev_with_embedded_servers(var_dir, embedded_env):
    stack = DevStack(var_dir, embedded_env)
    stack.start()
    for path in [
        "/",
        "/vaeksthuse/topledere/",
        "/vaeksthuse/mellemledere/",
        "/vaeksthuse/institutions-og-afdelingsledere/",
    ]:
        assert urllib.request.urlopen(stack.url + path).status == 200  # noqa: S310
    password = re.search(r"adgangskode: (\S+)", stack.log()).group(1)
    assert log_in(stack.url, password)
    assert (stack.var_dir / "postgres" / "PG_VERSION").exists()

    stack.ctrl_c()
    assert stack.leftovers() == []

    second_start = stack.start()
    assert second_start < 30, f"anden start tog {second_start:.1f} s"
    stack.ctrl_c()
    assert stack.leftovers() == []


def given_servers(database):
    env = dict(os.environ)
    env["DATABASE_URL"] = env["DATABASE_URL"].rsplit("/", 1)[0] + f"/{database}"
    return env


def test_make_dev_uses_given_servers_and_starts_none(tmp_path):
    stack = DevStack(tmp_path / "var", given_servers("lederweb_given_servers"))
    stack.start()
    assert not (stack.var_dir / "postgres").exists()
    assert not (stack.var_dir / "redis").exists()
    stack.ctrl_c()
    assert stack.leftovers() == []


def test_make_serve_runs_the_production_stack(tmp_path):
    env = given_servers("lederweb_serve")
    env.update(SECRET_KEY="serve-" + "k" * 50, SECURE_SSL_REDIRECT="false")
    stack = DevStack(tmp_path / "var", env, action="serve")
    stack.start()
    response = urllib.request.urlopen(stack.url + "/")  # noqa: S310
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert re.search(r"/static/css/site\.[0-9a-f]{12}\.css", response.read().decode())
    debug_page = urllib.request.Request(stack.url + "/findes-ikke/")  # noqa: S310
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(debug_page)  # noqa: S310
    assert error.value.code == 404
    assert "Traceback" not in error.value.read().decode()
    stack.ctrl_c()
    assert stack.leftovers() == []
