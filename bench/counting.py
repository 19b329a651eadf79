"""What counting costs: the article page's throughput with counting on (a page view, a visit
and a read counted per request, in one Redis round trip) against counting off
(STATS_COUNTING=false: the page still reads its read total), in one run, alternating so a
change in the machine's load falls on both. Target: on ≥ 95 % of off."""

from bench.pages import web_cpu_seconds, wrk
from bench.site import first_live_path, gunicorn, prepare, production_env, require

# A reader's browser: an empty or bot user agent is not counted.
BROWSER = (
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
ROUNDS = 2


def run():
    require("wrk", "wrk")
    prepare(production_env())
    path = first_live_path(production_env(), "projects.ArticlePage", "-date")
    rates = {"true": [], "false": []}
    cpu = {"true": [], "false": []}
    for _ in range(ROUNDS):
        for counting in rates:
            with gunicorn(production_env(STATS_COUNTING=counting), workers=2) as url:
                wrk(url + path, [BROWSER])  # warm up: connections, caches, the script
                before = web_cpu_seconds()
                rps, p50, p99, errors, requests = wrk(url + path, [BROWSER])
                cpu_ms = (web_cpu_seconds() - before) * 1000 / requests
            rates[counting].append(rps)
            cpu[counting].append(cpu_ms)
            label = "tæller" if counting == "true" else "tæller ikke"
            print(
                f"artikel, {label:12} {rps:8.1f} req/s   p50 {p50:>8}   p99 {p99:>8}"
                f"   CPU {cpu_ms:5.2f} ms/req   ikke-2xx: {errors}",
                flush=True,
            )
    on, off = (sum(rates[key]) / ROUNDS for key in ("true", "false"))
    cpu_on, cpu_off = (sum(cpu[key]) / ROUNDS for key in ("true", "false"))
    # On a machine others share the rate follows their load; the CPU time per request much
    # less, so both are given: the rate a worker could serve is 1 / CPU time.
    print(
        f"med optælling: {on / off:.1%} af uden efter req/s, {cpu_off / cpu_on:.1%} efter "
        f"CPU-tid pr. request (mål: ≥ 95 %), {path}"
    )
