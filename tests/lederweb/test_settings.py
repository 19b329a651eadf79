import os
import secrets
import subprocess
import sys

from tests.support import BASE_DIR


def run_manage(*args, **env):
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lederweb.settings.production", **env}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=full_env,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY skal være sat i produktion" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(50)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_language_and_time_zone_are_danish(settings):
    assert settings.LANGUAGE_CODE == "da"
    assert settings.TIME_ZONE == "Europe/Copenhagen"


def _without_services(tmp_path, settings_module, stack_running=True, **env):
    """manage.py check with no DATABASE_URL/REDIS_URL in the environment but a development
    stack's var/stack.json present (pointing at a database that must never be used)."""
    if stack_running:
        (tmp_path / "stack.json").write_text(
            '{"DATABASE_URL": "postgresql://dev@127.0.0.1:1/dev", '
            '"REDIS_URL": "redis://127.0.0.1:1/0"}'
        )
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "LEDERWEB_VAR": str(tmp_path),
        **env,
    }
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if not env.get(name):
            full_env.pop(name, None)
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.REDIS_URL)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=full_env, capture_output=True, text=True
    )


def test_production_never_reads_the_development_stack_file(tmp_path):
    result = _without_services(tmp_path, "lederweb.settings.production")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DATABASE_URL is not set" in result.stderr
    assert "127.0.0.1:1" not in result.stdout


def test_production_names_the_missing_redis_url(tmp_path):
    result = _without_services(
        tmp_path, "lederweb.settings.production", DATABASE_URL=os.environ["DATABASE_URL"]
    )
    assert result.returncode != 0
    assert "REDIS_URL is not set" in result.stderr
    assert "DATABASE_URL is not set" not in result.stderr


def test_development_settings_find_the_running_stack(tmp_path):
    result = _without_services(tmp_path, "lederweb.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "redis://127.0.0.1:1/0"


def test_development_settings_say_how_to_start_the_stack(tmp_path):
    result = _without_services(tmp_path, "lederweb.settings.dev", stack_running=False)
    assert result.returncode != 0
    assert "Start `make dev`" in result.stderr


def test_the_broker_never_hands_out_again_what_a_live_worker_still_holds(settings):
    """A task taken by a worker and not acknowledged within the visibility timeout is delivered
    to another: the timeout must outlast the longest retry wait (a worker holds a retry until
    its time) plus the task's run, for every task the workers know."""
    from lederweb.celery import app

    app.loader.import_default_modules()
    waits = [settings.NEWSLETTER_RETRY_SECONDS]  # newsletter/sending.py's retry_later
    for task in app.tasks.values():
        if getattr(task, "autoretry_for", ()):
            # Celery's own defaults where the task names none (celery/app/autoretry.py).
            retry_kwargs = getattr(task, "retry_kwargs", None) or {}
            fixed = retry_kwargs.get("countdown", task.default_retry_delay)
            backoff = getattr(task, "retry_backoff_max", 600)
            waits.append(backoff if getattr(task, "retry_backoff", False) else fixed)
    longest_run = max(
        settings.CELERY_TASK_TIME_LIMIT, *(t.time_limit or 0 for t in app.tasks.values())
    )
    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert timeout > max(waits) + longest_run
    # and not the transport's default hour, which a killed worker's tasks would wait out
    assert timeout < 3600
