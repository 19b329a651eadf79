"""A view restriction made outside the web processes (the shell, a bulk update that sends no
signal) closes the page on the next request to every gunicorn worker of the served site, with
each worker's caches warm from serving the page just before."""

import subprocess
import sys
import urllib.request

from tests.support import BASE_DIR

ARTICLE = "ArticlePage.objects.live().order_by('pk').first()"
SHELL_SETUP = "from wagtail.models import *; from projects.models import ArticlePage; "
# More requests than workers, each on a new connection: every worker answers some of them.
REQUESTS = 12


def shell(site, code):
    command = [sys.executable, "manage.py", "shell", "-v", "0", "-c", SHELL_SETUP + code]
    return subprocess.run(
        command, env=site.env, cwd=BASE_DIR, check=True, capture_output=True, text=True
    ).stdout.strip()


def answers(site, path):
    bodies = []
    for _ in range(REQUESTS):
        with urllib.request.urlopen(site.url + path, timeout=10) as response:  # noqa: S310
            bodies.append(response.read())
    return bodies


def asks_for_password(body):
    return b"/_util/authenticate_with_password/" in body


def test_a_restriction_from_the_shell_or_a_bulk_update_closes_the_page_on_every_worker(
    demo_site,
):
    path = shell(demo_site, f"print({ARTICLE}.url)")
    other = shell(demo_site, f"print({ARTICLE.replace('.first()', '.last()')}.pk)")
    try:
        assert not any(asks_for_password(body) for body in answers(demo_site, path))
        shell(
            demo_site,
            f"PageViewRestriction.objects.create(page={ARTICLE}, restriction_type='password',"
            " password='hemmelig')",
        )
        assert all(asks_for_password(body) for body in answers(demo_site, path))
        shell(demo_site, f"PageViewRestriction.objects.filter(page={ARTICLE}).delete()")
        assert not any(asks_for_password(body) for body in answers(demo_site, path))
        shell(
            demo_site,
            f"PageViewRestriction.objects.create(page_id={other}, restriction_type='password',"
            f" password='hemmelig'); PageViewRestriction.objects.update(page={ARTICLE})",
        )
        assert all(asks_for_password(body) for body in answers(demo_site, path))
    finally:
        shell(demo_site, f"PageViewRestriction.objects.filter(page={ARTICLE}).delete()")
