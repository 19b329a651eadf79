"""The e-course: a lesson page for a signed-in participant (it reads the session, marks the
lesson seen and draws the progress bars: no page cache can serve it), measured with wrk as the
pages are; and the admin's course overview with 10.000 participants, timed in a process of
its own with Django's test client."""

import subprocess
import sys

from bench.pages import web_cpu_seconds, wrk
from bench.site import BASE_DIR, gunicorn, prepare, production_env, require

PARTICIPANTS = 10_000

# Prints the lesson's path and a session key signed in as a bench participant.
SIGNED_IN = """
import django; django.setup()
from django.contrib.sessions.backends.cached_db import SessionStore
from courses.models import CoursePage, Participant
from courses.signin import SESSION_KEY
course = CoursePage.objects.get(slug="ledere-der-laerer-sammen")
lesson = course.lessons()[1]
participant, _ = Participant.objects.get_or_create(
    email="bench@lederweb.dk", defaults={"name": "Bench", "organisation": "Bench"}
)
session = SessionStore()
session[SESSION_KEY] = participant.pk
session.save()
print(lesson.url, session.session_key)
"""

# Makes PARTICIPANTS participants with progress through the course (once), then times the
# admin's overview page.
OVERVIEW = """
import random, statistics, time
import django; django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from courses.models import CoursePage, LessonProgress, Participant, QuestionResult
course = CoursePage.objects.get(slug="ledere-der-laerer-sammen")
lessons = list(course.lessons())
count = %(count)d
if Participant.objects.filter(email__startswith="deltager-").count() < count:
    random.seed(1)
    now = timezone.now()
    people = Participant.objects.bulk_create(
        Participant(name=f"Deltager {i}", email=f"deltager-{i}@bench.dk", organisation="Bench")
        for i in range(count)
    )
    rows, results = [], []
    for person in people:
        reached = random.randint(0, len(lessons))
        for lesson in lessons[:reached]:
            rows.append(LessonProgress(participant=person, lesson=lesson, completed_at=now))
            for block in lesson.questions():
                results.append(QuestionResult(participant=person, lesson=lesson,
                                              question_id=block.id, correct=random.random() < .7))
    LessonProgress.objects.bulk_create(rows, batch_size=5000)
    QuestionResult.objects.bulk_create(results, batch_size=5000)
admin = {"is_superuser": True, "is_staff": True}
user, _ = get_user_model().objects.get_or_create(username="bench-admin", defaults=admin)
client = Client(SERVER_NAME="127.0.0.1")
client.force_login(user)
url = f"/admin/e-kurser/{course.pk}/"
assert client.get(url).status_code == 200
times = []
for _ in range(20):
    start = time.perf_counter()
    response = client.get(url)
    times.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200
print(f"{statistics.median(times):.0f} {max(times):.0f} {Participant.objects.count()}")
"""


def _python(code, env):
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True,
        check=True,
    ).stdout.strip()  # fmt: skip


def run():
    require("wrk", "wrk")
    env = production_env()
    prepare(env)
    path, session_key = _python(SIGNED_IN, env).split()
    with gunicorn(env, workers=2) as url:
        cookie = f"Cookie: sessionid={session_key}"
        wrk(url + path, headers=[cookie])  # warm up
        cpu = web_cpu_seconds()
        rps, p50, p99, errors, requests = wrk(url + path, headers=[cookie])
        # The workers' own CPU per request: what the page costs, however loaded the machine.
        cpu_ms = (web_cpu_seconds() - cpu) * 1000 / requests
        print(
            f"lektion, logget ind {path:40} {rps:8.1f} req/s   p50 {p50:>8}   p99 {p99:>8}"
            f"   CPU {cpu_ms:5.2f} ms/req   ikke-2xx: {errors}   (mål ≥ 150 req/s, p99 < 100 ms)",
            flush=True,
        )
    median, worst, total = _python(OVERVIEW % {"count": PARTICIPANTS}, env).split()
    print(
        f"kursusoversigt i admin, {total} deltagere: median {median} ms, højst {worst} ms "
        "(20 målinger; mål < 300 ms)",
        flush=True,
    )
