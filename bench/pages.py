"""Requests per second and latency of the article page and the article index, served by
gunicorn with 2 workers on loopback, measured with wrk (fixed connections and duration), with
no full-page cache. Beside the rate, the web workers' CPU time per request: on a machine that
others share, the rate follows the load, the CPU time much less."""

import contextlib
import re
import subprocess

import psutil

from bench.site import first_live_path, gunicorn, prepare, production_env, require

CONNECTIONS = 8
DURATION = "15s"


def wrk(url, headers=()):
    """(requests/s, p50, p99, non-2xx responses, requests) of `url` under load; `headers` as
    "Name: value" strings."""
    options = [option for header in headers for option in ("-H", header)]
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *options, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = int(errors.group(1)) if errors else 0
    return rps, percentiles.get("50"), percentiles.get("99"), errors, requests


def web_cpu_seconds():
    """CPU seconds the gunicorn processes this benchmark started have used so far."""
    total = 0.0
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            if "gunicorn" in process.cmdline():
                times = process.cpu_times()
                total += times.user + times.system
    return total


def page_paths(env):
    """Paths of pages to measure, read from the database the site uses."""
    article = first_live_path(env, "projects.ArticlePage", "-date")
    return {"artikel": article, "artikeloversigt": "/artikler/", "forside": "/"}


def run():
    require("wrk", "wrk")
    env = production_env()
    prepare(env)
    paths = page_paths(env)
    with gunicorn(env, workers=2) as url:
        for name, path in paths.items():
            wrk(url + path)  # warm up: connections, renditions, caches
            cpu = web_cpu_seconds()
            rps, p50, p99, errors, requests = wrk(url + path)
            cpu_ms = (web_cpu_seconds() - cpu) * 1000 / requests
            print(
                f"{name:16} {path:48} {rps:8.1f} req/s   p50 {p50:>8}   p99 {p99:>8}"
                f"   CPU {cpu_ms:5.2f} ms/req   ikke-2xx: {errors}",
                flush=True,
            )
    print(
        f"(gunicorn 2 workers, wrk {CONNECTIONS} forbindelser, {DURATION} pr. måling; "
        "mål: artikel ≥ 250 req/s med p99 < 100 ms)"
    )
