"""Lighthouse (npm's lighthouse, pinned in package-lock.json) with Debian's chromium and its
default mobile settings, on the site served as in production: the four category scores of the
front page, an article, a publication and a search result, and for every score under its
target the audits that cost it points."""

import contextlib
import json
import os
import subprocess
import urllib.error
import urllib.request

from bench.site import BASE_DIR, VAR, first_live_path, gunicorn, prepare, production_env, require

LIGHTHOUSE = BASE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
PORT = 8766  # beside bench/pages.py's 8765
# Issue 12: 100 in every category; below it, the audits that cost points are listed.
TARGETS = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
HEADINGS = {
    "performance": "ydelse",
    "accessibility": "tilgæng.",
    "best-practices": "praksis",
    "seo": "SEO",
}


def page_paths(env):
    return {
        "forside": "/",
        "artikel": first_live_path(env, "projects.ArticlePage", "-date"),
        "udgivelse": first_live_path(env, "publications.PublicationPage", "-year"),
        "søgeresultat": "/soeg/?q=ledelse",
    }


def warm_up(url):
    """One request first, as a visitor before Lighthouse would have made it: renditions and
    fragment caches are then made, as on a site that has been running."""
    with contextlib.suppress(urllib.error.HTTPError):  # Lighthouse reports it
        urllib.request.urlopen(url, timeout=30).read()


def lighthouse(url, report_path):
    """Lighthouse's report of the page at `url` (its JSON, parsed, and kept in `report_path`),
    or why there is none."""
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--chrome-flags=--headless=new --no-sandbox",
            f"--only-categories={','.join(TARGETS)}",
            "--output=json",
            "--quiet",
        ],
        env={**os.environ, "CHROME_PATH": CHROME},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        return None, result.stderr.strip().splitlines()[-1]
    report_path.write_text(result.stdout)
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        return None, report["runtimeError"]["message"]
    return report, None


def scores(report):
    return {name: round(report["categories"][name]["score"] * 100) for name in TARGETS}


def failing_audits(report, category):
    """The category's scored audits that did not pass, worst first: title, score or value,
    and where on the page (the first few elements, resources or directives it names)."""
    refs = [ref for ref in report["categories"][category]["auditRefs"] if ref["weight"] > 0]
    audits = [report["audits"][ref["id"]] for ref in refs]
    failed = [audit for audit in audits if audit["score"] is not None and audit["score"] < 1]
    return [
        f"{audit['title']} ({audit.get('displayValue') or round(audit['score'] * 100)})"
        + "".join(f"\n      {place}" for place in places(audit)[:3])
        for audit in sorted(failed, key=lambda audit: audit["score"])
    ]


def places(audit):
    found = []
    for item in (audit.get("details") or {}).get("items", []):
        where = item.get("node") or item.get("source")
        where = where if isinstance(where, dict) else item
        place = where.get("snippet") or where.get("url") or item.get("description")
        if place:
            found.append(place[:160])
    return found


def run():
    require("chromium", "chromium")
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} mangler: kør make install (npm ci)")
    # The same folder as the pages group: one database, so one set of uploaded images.
    var = VAR
    env = production_env()
    prepare(env)
    paths = page_paths(env)
    print(f"{'side':14} {'sti':56} " + " ".join(f"{HEADINGS[name]:>9}" for name in TARGETS))
    misses = []
    with gunicorn(env, port=PORT) as url:
        for name, path in paths.items():
            warm_up(url + path)
            report, error = lighthouse(url + path, var / f"lighthouse-{name}.json")
            if error:
                print(f"{name:14} {path:56} fejl: {error}", flush=True)
                continue
            page_scores = scores(report)
            print(
                f"{name:14} {path:56} "
                + " ".join(f"{page_scores[category]:>9}" for category in TARGETS),
                flush=True,
            )
            misses += [
                (name, category, page_scores[category], failing_audits(report, category))
                for category, target in TARGETS.items()
                if page_scores[category] < target
            ]
    for name, category, score, audits in misses:
        print(f"\n{name}: {HEADINGS[category]} {score} < {TARGETS[category]}")
        for audit in audits:
            print(f"  - {audit}")
    print(
        "\n(Lighthouse 12.2.3, mobil, chromium headless; mål: 100 i alle fire; "
        f"rapporterne ligger i {var.relative_to(BASE_DIR)}/)"
    )
