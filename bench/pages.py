"""Requests per second and latency of the article page and the article index, served by
gunicorn with 2 workers on loopback, measured with wrk (fixed connections and duration), with
no full-page cache."""

import re
import subprocess

from bench.site import first_live_path, gunicorn, prepare, production_env, require

CONNECTIONS = 8
DURATION = "15s"


def wrk(url):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, percentiles.get("50"), percentiles.get("99"), int(errors.group(1)) if errors else 0


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
            rps, p50, p99, errors = wrk(url + path)
            print(
                f"{name:16} {path:60} {rps:8.1f} req/s   p50 {p50:>8}   p99 {p99:>8}"
                f"   ikke-2xx: {errors}",
                flush=True,
            )
    print(
        f"(gunicorn 2 workers, wrk {CONNECTIONS} forbindelser, {DURATION} pr. måling; "
        "mål: artikel ≥ 250 req/s med p99 < 100 ms)"
    )
