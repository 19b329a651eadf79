"""The weekly issue to 23,000 subscribers: one Celery worker as `make dev` starts it
(concurrency 2) sending to Postfix's smtp-sink on loopback. Prints the time from "send" until
every delivery is settled, the ceiling (plain smtplib, pre-built messages of the same size, one
reused connection, same sink), and the workers' resident memory at 23,000 and 230,000."""

import os
import shutil
import smtplib
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

import psutil

from bench.site import manage, production_env, start_worker

SUBSCRIBERS = 23_000
MANY_SUBSCRIBERS = 230_000
CEILING_MESSAGES = 10_000
# The shared rate limit stays on (every batch asks Redis), set far above what one machine does.
RATE_PER_SECOND = 100_000
TARGET_SECONDS = 60
TARGET_SHARE = 0.70
TARGET_MEMORY_MB = 300


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_smtp_sink():
    if shutil.which("smtp-sink") or os.path.exists("/usr/sbin/smtp-sink"):
        return "/usr/sbin/smtp-sink" if not shutil.which("smtp-sink") else shutil.which("smtp-sink")
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit("smtp-sink mangler: sudo apt-get install postfix")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "postfix"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return "/usr/sbin/smtp-sink"


@contextmanager
def smtp_sink(binary, port):
    process = subprocess.Popen(
        [binary, "-u", "nobody", f"127.0.0.1:{port}", "1000"], start_new_session=True
    )
    try:
        for _ in range(100):
            try:
                smtplib.SMTP("127.0.0.1", port, timeout=1).quit()
                break
            except OSError:
                time.sleep(0.05)
        yield
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def worker(env):
    process = start_worker(env, queues=("celery",))
    try:
        from lederweb.celery import app

        for _ in range(600):
            if app.control.ping(timeout=0.5):
                break
        yield psutil.Process(process.pid)
    finally:
        process.terminate()
        process.wait(30)


def resident_mb(main):
    processes = [main, *main.children(recursive=True)]
    return max(p.memory_info().rss for p in processes) / 2**20, sum(
        p.memory_info().rss for p in processes
    ) / 2**20


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def prepare_data():
    from django.db import connection

    from newsletter.models import Delivery, Issue, SendSettings, Subscriber

    Delivery.objects.all().delete()
    Issue.objects.all().delete()
    Subscriber.objects.filter(email__endswith="@bench.lederweb.dk").delete()
    config = SendSettings.load()
    config.rate_per_second = RATE_PER_SECOND
    config.save()
    add_subscribers(0, SUBSCRIBERS)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def add_subscribers(first, last):
    """Active subscribers first+1..last in one INSERT … SELECT; a third chose a section."""
    from django.db import connection

    from lederweb.models import SectionPage

    section_ids = list(SectionPage.objects.values_list("pk", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO newsletter_subscriber
                (email, email_hash, status, token, created_at, confirmed_at)
            SELECT 'leder-' || n || '@bench.lederweb.dk', md5(n::text), 'active',
                   left(md5(random()::text) || md5(n::text), 43), now(), now()
            FROM generate_series(%s, %s) AS n
            """,
            [first + 1, last],
        )
        if section_ids:
            cursor.execute(
                """
                INSERT INTO newsletter_subscriber_sections (subscriber_id, sectionpage_id)
                SELECT id, (%s::bigint[])[1 + id %% %s] FROM newsletter_subscriber
                WHERE email LIKE '%%@bench.lederweb.dk' AND id %% 3 = 0
                ON CONFLICT DO NOTHING
                """,
                [section_ids, len(section_ids)],
            )


def new_issue():
    from newsletter.models import Issue, IssueItem
    from projects.models import ArticlePage

    issue = Issue.objects.create(subject="Lederwebs nyhedsbrev – benchmark")
    articles = ArticlePage.objects.live().order_by("-date")[:6]
    IssueItem.objects.bulk_create(
        IssueItem(issue=issue, page=page, sort_order=n) for n, page in enumerate(articles)
    )
    return issue


def send_and_wait(issue, worker_process):
    from django.db.models import Count

    from newsletter import sending
    from newsletter.models import Delivery

    open_rows = Delivery.objects.filter(issue=issue, status__in=["pending", "sending"])
    peak = (0.0, 0.0)
    started = time.monotonic()
    sending.start(issue.pk)
    while open_rows.exists():
        peak = max(peak, resident_mb(worker_process))
        time.sleep(0.25)
    elapsed = time.monotonic() - started
    counts = dict(
        Delivery.objects.filter(issue=issue)
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    return elapsed, counts, peak


def sample_message(issue):
    from newsletter.issue_mail import RawEdition
    from newsletter.rendering import Editions

    edition = Editions(issue).for_sections([])
    return RawEdition(edition).build(issue.pk, 1, "leder-1@bench.lederweb.dk", "x" * 43, "y" * 94)


def ceiling(port, message, count=CEILING_MESSAGES):
    connection = smtplib.SMTP("127.0.0.1", port)
    started = time.monotonic()
    for number in range(count):
        connection.sendmail(
            "nyhedsbrev@lederweb.dk", [f"leder-{number}@bench.lederweb.dk"], message
        )
    elapsed = time.monotonic() - started
    connection.quit()
    return count / elapsed


def verdict(ok):
    return "OK" if ok else "MÅL IKKE NÅET"


def run():
    binary = require_smtp_sink()
    port = free_port()
    env = production_env(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(port))
    env.pop("NEWSLETTER_ESP", None)
    manage("migrate", "--no-input", "-v", "0", env=env)
    manage("load_demo_content", env=env)
    setup_django(env)
    prepare_data()
    with smtp_sink(binary, port), worker(env) as worker_process:
        issue = new_issue()
        message = sample_message(issue)
        before = ceiling(port, message)
        elapsed, counts, (peak_one, peak_all) = send_and_wait(issue, worker_process)
        rate = SUBSCRIBERS / elapsed
        # The machine may be shared: the higher of two ceilings, before and after, is the
        # stricter comparison.
        top = max(before, ceiling(port, message))
        share = rate / top
        print(
            f"{SUBSCRIBERS} abonnenter: alle afgjort på {elapsed:.1f} s ({rate:.0f} mails/s) "
            f"{counts}",
            flush=True,
        )
        print(
            f"loft (smtplib, én forbindelse, {len(message)} byte pr. mail): {top:.0f} mails/s; "
            f"nyhedsbrevet når {share:.0%} af loftet",
            flush=True,
        )
        print(
            f"  mål ≤ {TARGET_SECONDS} s: {verdict(elapsed <= TARGET_SECONDS)};  "
            f"mål ≥ {TARGET_SHARE:.0%} af loftet: {verdict(share >= TARGET_SHARE)}"
        )
        print(
            f"worker-hukommelse ved {SUBSCRIBERS}: største proces {peak_one:.0f} MB "
            f"(alle {peak_all:.0f} MB)",
            flush=True,
        )

        add_subscribers(SUBSCRIBERS, MANY_SUBSCRIBERS)
        big_issue = new_issue()
        elapsed, counts, (big_one, big_all) = send_and_wait(big_issue, worker_process)
        print(
            f"{MANY_SUBSCRIBERS} abonnenter: afgjort på {elapsed:.1f} s "
            f"({MANY_SUBSCRIBERS / elapsed:.0f} mails/s) {counts}",
            flush=True,
        )
        print(
            f"worker-hukommelse ved {MANY_SUBSCRIBERS}: største proces {big_one:.0f} MB "
            f"(alle {big_all:.0f} MB); mål < {TARGET_MEMORY_MB} MB pr. proces: "
            f"{verdict(max(peak_one, big_one) < TARGET_MEMORY_MB)}",
            flush=True,
        )
