"""`make dev`, `make serve` and the throw-away servers of `make test` / `make bench`."""

import argparse
import secrets
import signal
import subprocess
import sys

from devstack import BASE_DIR, VAR_DIR, say
from devstack.processes import run_procfile, web_address
from devstack.servers import servers


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], env=env, cwd=BASE_DIR, check=True)


def admin_password():
    path = VAR_DIR / "admin-password"
    if not path.exists():
        VAR_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(12))
        path.chmod(0o600)
    return path.read_text().strip()


def dev():
    with servers(persistent=True) as env:
        env.setdefault("DJANGO_SETTINGS_MODULE", "lederweb.settings.dev")
        password = admin_password()
        manage(env, "prepare_site", f"--admin-password={password}")
        say(f"Lederweb kører på http://{web_address()}/ — stop med Ctrl-C")
        say(
            f"Administration: http://{web_address()}/admin/  bruger: admin  adgangskode: {password}"
        )
        return run_procfile(env, LEDERWEB_VAR=str(VAR_DIR), WEB_SERVER="runserver")


def serve():
    with servers(persistent=True) as env:
        env["DJANGO_SETTINGS_MODULE"] = "lederweb.settings.production"
        manage(env, "prepare_site", "--collectstatic", "--demo-if-empty")
        say(f"Lederweb (produktion) kører på http://{web_address()}/ — stop med Ctrl-C")
        return run_procfile(env, LEDERWEB_VAR=str(VAR_DIR), WEB_SERVER="gunicorn")


def run(command):
    with servers(persistent=False) as env:
        return subprocess.run(command, env=env, cwd=BASE_DIR).returncode


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m devstack")
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
