"""`make dev` as a newcomer runs it: servers up, site served, one Ctrl-C stops everything."""

import http.cookiejar
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from devstack.processes import procfile
from tests.support import DevStack

pytestmark = pytest.mark.slow


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
    # Every process of the Procfile, the web one as Django's development server.
    assert [name for name in procfile() if f"{name}.1 started" not in stack.log()] == []
    assert f"Starting development server at {stack.url}/" in stack.log()
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
    assert [name for name in procfile() if f"{name}.1 started" not in stack.log()] == []
    assert f"Listening at: {stack.url}" in stack.log()  # gunicorn
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
