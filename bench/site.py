"""The site as production serves it: production settings, collected static files, gunicorn."""

import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from devstack.processes import gunicorn_command, worker_command

BASE_DIR = Path(__file__).resolve().parent.parent
VAR = BASE_DIR / "var" / "bench"


def production_env(var=VAR, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="lederweb.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        LEDERWEB_VAR=str(var),
        **extra,
    )
    return env


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def prepare(env):
    Path(env["LEDERWEB_VAR"]).mkdir(parents=True, exist_ok=True)
    manage("migrate", "--no-input", "-v", "0", env=env)
    manage("collectstatic", "--no-input", "-v", "0", env=env)
    manage("load_demo_content", env=env)


def first_live_path(env, model, order_by):
    """The path of the first live page of `model` ("app.Model") in that order, read from the
    database the site uses."""
    code = (
        "import django; django.setup();"
        "from django.apps import apps;"
        f"page = apps.get_model({model!r}).objects.live().order_by({order_by!r}).first();"
        "print(page.url_path)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    return "/" + output.split("/", 2)[2]  # strip the site root's own slug


@contextmanager
def gunicorn(env, workers=2, port=8765):
    process = subprocess.Popen(
        gunicorn_command(f"127.0.0.1:{port}", workers, extra=["--log-level", "warning"]),
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def start_worker(env, queues=("celery", "documents"), **output):
    """A Celery worker as `make serve` runs it (concurrency 2), quiet but for warnings, in a
    session of its own (so it can be killed alone); `output` goes to subprocess.Popen."""
    return subprocess.Popen(
        worker_command(queues=queues, loglevel="WARNING"),
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
        **output,
    )


def require(command, package):
    if shutil.which(command):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", package], check=True, stdout=subprocess.DEVNULL
        )
        return
    sys.exit(f"{command} mangler: sudo apt-get install {package}")
