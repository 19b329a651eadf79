"""docker-compose.yml and the Dockerfile cannot run here (no Docker engine); what they run can:
the image's build step and the web service's command, with the environment compose gives it."""

import json
import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import yaml

from devstack.postgres import ensure_database
from devstack.processes import procfile
from tests.support import BASE_DIR, ServerProcess, free_port, wait_until

# The image installs into the system's Python, whose console scripts are on PATH; here the
# virtualenv's are.
VENV_BIN = Path(sys.executable).parent
COMPOSE = yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


def compose_env(tmp_path, database):
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        DATABASE_URL=os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{database}",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="lederweb.dk",
        LEDERWEB_VAR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="lederweb.settings.production",
    )
    return env


def dockerfile_cmd():
    lines = (BASE_DIR / "Dockerfile").read_text().splitlines()
    return json.loads(next(line for line in lines if line.startswith("CMD "))[4:])


PROXIED = {"X-Forwarded-Proto": "https", "Host": "lederweb.dk"}


def test_compose_and_the_image_run_the_procfiles_processes():
    """The command lines exist once, in the Procfile: `make dev` and `make serve` run all of
    its processes, each service of the image one of them (migrations aside), and the image's
    default is web."""
    services = COMPOSE["services"]
    of_the_image = {name for name, service in services.items() if service.get("build")}
    assert {name: services[name]["command"] for name in of_the_image - {"migrate"}} == {
        name: ["honcho", "start", name] for name in procfile()
    }
    assert dockerfile_cmd() == ["honcho", "start", "web"]


def test_gunicorn_is_published_on_loopback_only_and_trusts_only_the_named_proxies():
    web = COMPOSE["services"]["web"]
    assert all(str(port).startswith("127.0.0.1:") for port in web.get("ports", [])), web["ports"]
    assert COMPOSE["x-app"]["environment"]["FORWARDED_ALLOW_IPS"] == "${FORWARDED_ALLOW_IPS:-}"
    assert procfile()["web"] == "bin/web"
    gunicorn = (BASE_DIR / "bin" / "web").read_text().split("exec gunicorn", 1)[1]
    assert '--forwarded-allow-ips="${FORWARDED_ALLOW_IPS:-}"' in gunicorn


def test_compose_runs_every_service_from_one_image_with_health_checks():
    services = COMPOSE["services"]
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(services)
    for name in ("postgres", "redis", "web", "worker"):
        assert "healthcheck" in services[name], name
    assert set(COMPOSE["volumes"]) >= {"pgdata", "media"}


def test_the_web_service_command_serves_behind_a_tls_proxy(tmp_path, celery_worker):
    env = compose_env(tmp_path, "lederweb_compose")
    ensure_database(env["DATABASE_URL"])
    dockerfile = (BASE_DIR / "Dockerfile").read_text()
    assert "collectstatic" in dockerfile
    for command in (
        ["collectstatic", "--no-input", "-v", "0"],
        COMPOSE["services"]["migrate"]["command"][2:],
    ):
        subprocess.run([sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True)

    # The web service's command as the container runs it (the image's PORT aside: the
    # container's own network is not here, so loopback and a free port stand in for it).
    port = free_port()
    command = COMPOSE["services"]["web"]["command"]
    assert command[0] == "honcho"
    env.update(PORT=str(port), WEB_HOST="127.0.0.1", PATH=f"{VENV_BIN}{os.pathsep}{env['PATH']}")
    web = ServerProcess([sys.executable, "-m", *command], env, "compose-web").start()
    url = f"http://127.0.0.1:{port}/"
    try:

        def answers():
            try:
                urllib.request.urlopen(  # noqa: S310
                    urllib.request.Request(url, headers=PROXIED)
                )
                return True
            except urllib.error.HTTPError:
                return True
            except OSError:
                return False

        wait_until(answers, 60, web.log())
        behind_proxy = urllib.request.urlopen(  # noqa: S310
            urllib.request.Request(url, headers=PROXIED)
        )
        assert behind_proxy.status in (200, 404)  # 404 until the demo content is loaded
        assert "max-age=31536000" in behind_proxy.headers["Strict-Transport-Security"]

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(urllib.request.Request(url, headers={"Host": "lederweb.dk"}))
            raise AssertionError("plain http was not redirected")
        except urllib.error.HTTPError as redirect:
            assert redirect.code == 301
            assert redirect.headers["Location"].startswith("https://")

        # The container's health check, exactly as compose runs it (only the port differs):
        # plain http to 127.0.0.1, which is neither https nor in ALLOWED_HOSTS=lederweb.dk.
        check = COMPOSE["services"]["web"]["healthcheck"]["test"]
        assert check[:3] == ["CMD", "python", "-c"]
        code = check[3].replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr + web.log()
        with urllib.request.urlopen(f"{url}healthz/", timeout=5) as health:  # noqa: S310
            assert json.loads(health.read())["status"] == "ok"
        # Anything else from loopback, and /healthz/ through the proxy, are still checked.
        for path, headers in [("", {}), ("healthz/", {"X-Forwarded-For": "192.0.2.1"})]:
            try:
                opener.open(urllib.request.Request(url + path, headers=headers))  # noqa: S310
                raise AssertionError(f"{path or '/'} from 127.0.0.1 was served")
            except urllib.error.HTTPError as refused:
                assert refused.code in (301, 400), path
    finally:
        web.stop()
