"""The Procfile's processes in the foreground, run by honcho as `honcho start` runs them."""

import os
import shlex
import signal
import sys
from contextlib import suppress
from pathlib import Path

import psutil
from honcho.environ import expand_processes, parse_procfile
from honcho.manager import Manager

from devstack import BASE_DIR

PROCFILE = BASE_DIR / "Procfile"


def procfile():
    """The Procfile's processes, by name."""
    return dict(parse_procfile(PROCFILE.read_text()).processes)


HOST = "127.0.0.1"


def port():
    return int(os.environ.get("PORT") or 8000)


def web_address():
    return f"{HOST}:{port()}"


def run_procfile(env, **settings):
    """Runs every process of the Procfile with `env` and `settings` (the web server's among
    them) until one stops or Ctrl-C; whatever ends the loop (a closed terminal, a broken pipe),
    no child is left running. The project's virtualenv comes first on their PATH."""
    env = {
        **env,
        **settings,
        "WEB_HOST": HOST,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}",
    }
    manager = Manager()
    for process in expand_processes(procfile(), env=env, port=port()):
        manager.add_process(process.name, process.cmd, env=process.env, cwd=str(BASE_DIR))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit(129))
    try:
        manager.loop()
    finally:
        stop_children()
    return manager.returncode or 0


def stop_children(timeout=15):
    children = psutil.Process().children(recursive=True)
    for child in children:
        with suppress(psutil.NoSuchProcess):
            child.terminate()
    _, alive = psutil.wait_procs(children, timeout=timeout)
    for child in alive:
        with suppress(psutil.NoSuchProcess):
            child.kill()


def worker_command(name="worker", queues=("celery",), concurrency=2, loglevel="INFO", extra=()):
    """The Procfile's worker as a command line, for the workers the benchmarks and the tests
    start themselves: their options follow its own, and the later one wins."""
    program, *args = shlex.split(procfile()["worker"])
    return [
        sys.executable,
        "-m",
        program,
        *args,
        f"--loglevel={loglevel}",
        f"--concurrency={concurrency}",
        f"--queues={','.join(queues)}",
        f"--hostname={name}@%h",
        *extra,
    ]


def gunicorn_command(bind, workers=2, extra=()):
    """gunicorn for the benchmarks' and the tests' own served site (bin/web is the Procfile's
    web, which reads its bind and workers from the environment)."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "lederweb.wsgi",
        f"--bind={bind}",
        f"--workers={workers}",
        *extra,
    ]
