"""A survey's results and its XLSX export at 5.000 and 50.000 answers (issue 14: the admin's
results page p95 under 300 ms with a constant number of queries; the XLSX export of all
answers under 15 s, with flat memory).

In a database of its own (the demo content), two surveys with the same 20 questions of every
kind (background, one choice, several choices, scale, matrix, number, short and long text)
get 5.000 and 50.000 generated answers (tallied by surveys/tally.py's triggers as they are
inserted). The results page is asked ROUNDS times through the whole Django request path with
django.test.Client under production settings, logged in as a superuser, unsplit and split by
a background question and by the device class. There is no cache: the page reads the running
totals, so the first view after a new answer costs what every view costs. Each export runs
in a fresh process of its own, which reports its time and how much its peak memory (the
process's high-water mark, ru_maxrss) grew while the workbook was made and read."""

import json
import random
import resource
import statistics
import subprocess
import sys
import time

from bench.search import demo_database, percentile
from bench.site import BASE_DIR
from lederweb.charts import number

DATABASE = "lederweb_bench_surveys"
SIZES = (5_000, 50_000)
ROUNDS = 20
TARGET_MS = 300
TARGET_EXPORT_S = 15
ROLES = ["Topleder", "Mellemleder", "Institutions- og afdelingsleder"]
SECTORS = ["Kommune", "Region"]
OFTEN = ["Hver uge", "Hver måned", "Sjældnere", "Aldrig"]
TOPICS = ["Strategi", "Trivsel", "Innovation", "Økonomi", "Rekruttering", "Digitalisering"]
WORDS = [
    "ledelse",
    "medarbejdere",
    "trivsel",
    "strategi",
    "dialog",
    "møder",
    "hverdag",
    "forandring",
    "tillid",
    "mål",
]


def questions():
    from surveys.demo import sector_question
    from surveys.factories import question, role_question, section
    from surveys.models import Kind

    statements = ["Jeg har klare mål", "Jeg får sparring", "Jeg har tid til ledelse", "Jeg trives"]
    return [
        section("Om dig"),
        question(Kind.BACKGROUND, background=role_question()),
        question(Kind.BACKGROUND, background=sector_question()),
        question(Kind.NUMBER, "Hvor mange medarbejdere leder du?"),
        question(Kind.NUMBER, "Hvor mange år har du været leder?", required=False),
        section("Brug af Lederweb"),
        question(Kind.SINGLE, "Hvor ofte læser du Lederweb?", OFTEN),
        question(Kind.SINGLE, "Hvor ofte læser du nyhedsbrevet?", OFTEN),
        question(Kind.SINGLE, "Har du bestilt en publikation?", ["Ja", "Nej"]),
        question(Kind.MULTIPLE, "Hvilke emner læser du om?", TOPICS),
        question(Kind.MULTIPLE, "Hvad læser du Lederweb på?", ["Telefon", "Tablet", "Computer"]),
        question(Kind.MULTIPLE, "Hvad bruger du det til?", ["Inspiration", "Møder", "Kurser"]),
        section("Vurdering"),
        *[
            question(Kind.SCALE, label, low_label="Slet ikke", high_label="I høj grad")
            for label in (
                "Hvor praksisnært er indholdet?",
                "Hvor let er det at finde rundt?",
                "Hvor godt virker siden på telefonen?",
                "Hvor troværdigt er indholdet?",
            )
        ],
        question(Kind.MATRIX, "Hvor enig er du om din ledelse?", statements),
        question(Kind.MATRIX, "Hvor enig er du om din organisation?", statements),
        question(Kind.TEXT, "Hvad leder du oftest efter?", required=False),
        question(Kind.TEXT, "Hvilken artikel husker du bedst?", required=False),
        question(Kind.LONGTEXT, "Hvad savner du?", required=False),
        question(Kind.LONGTEXT, "Andre kommentarer", required=False),
    ]


def _answer(survey_columns, rng):
    """One generated answer to every question (free texts now and then), as stored."""
    from surveys.models import Kind

    answer = {}
    for column in survey_columns:
        kind, options = column.kind, column.question.options()
        if kind in (Kind.SINGLE, Kind.BACKGROUND, Kind.SCALE, Kind.MATRIX):
            answer[column.key] = rng.choice(options)
        elif kind == Kind.MULTIPLE:
            answer[column.key] = sorted(rng.sample(options, rng.randint(1, 3)), key=options.index)
        elif kind == Kind.NUMBER:
            if column.question.required or rng.random() < 0.7:
                answer[column.key] = rng.randint(0, 400)
        elif rng.random() < 0.3:
            length = 4 if kind == Kind.TEXT else 40
            answer[column.key] = " ".join(rng.choices(WORDS, k=length)).capitalize()
    return answer


def make_survey(size):
    """The survey with `size` generated answers (made once per database)."""
    from django.db import connection

    from lederweb.models import HomePage
    from surveys import factories
    from surveys.models import SurveyPage, SurveyResponse

    slug = f"bench-undersoegelse-{size}"
    survey = SurveyPage.objects.filter(slug=slug).first()
    if survey is not None:
        return survey
    home = HomePage.objects.first()
    survey = factories.make_survey(home, f"Bench-undersøgelse {size}", questions(), slug=slug)
    rng = random.Random(size)  # noqa: S311 - made-up answers, the same each time
    columns = survey.columns()
    devices = ["computer", "computer", "telefon", "tablet"]
    SurveyResponse.objects.bulk_create(
        (
            SurveyResponse(page=survey, form_data=_answer(columns, rng), device=rng.choice(devices))
            for _ in range(size)
        ),
        batch_size=2000,
    )
    with connection.cursor() as cursor:  # spread over a year
        cursor.execute(
            """UPDATE surveys_surveyresponse
               SET submit_time = submit_time - (id %% 365) * interval '1 day'
               WHERE page_id = %s""",
            [survey.pk],
        )
        # As autovacuum would soon: without the totals' statistics the planner takes them for
        # a handful of rows and sorts 120.000 of them on disk instead of hashing them.
        cursor.execute("ANALYZE surveys_surveyresponse, surveys_surveytally")
    return survey


def run():
    env = demo_database(DATABASE, "bench-surveys")
    subprocess.run([sys.executable, "-m", "bench.surveys"], cwd=BASE_DIR, env=env, check=True)
    for size in SIZES:
        result = subprocess.run(
            [sys.executable, "-m", "bench.surveys", "export", str(size)],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        seconds, cpu, grown, rows = json.loads(result.stdout.strip().splitlines()[-1])
        verdict = "OK" if seconds < TARGET_EXPORT_S else f"OVER {TARGET_EXPORT_S} s"
        print(
            f"  XLSX, {number(size)} svar: {seconds:5.1f} s (CPU {cpu:.1f} s),"
            f" {number(rows)} rækker læst tilbage,"
            f" hukommelsen voksede {grown / 1024:.0f} MB under eksporten  {verdict}",
            flush=True,
        )


def _client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="bench-undersoegelser", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    return client


def results_pages():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client = _client()
    for size in SIZES:
        started = time.perf_counter()
        survey = make_survey(size)
        made = time.perf_counter() - started
        print(f"{number(size)} svar på 20 spørgsmål klar ({made:.0f} s)", flush=True)
        url = reverse("survey_results", args=[survey.pk])
        for label, query in (
            ("samlet", ""),
            ("opdelt efter rolle", "?opdel=rolle"),
            ("opdelt efter enhed", "?opdel=enhed"),
        ):
            client.get(url + query)  # warm-up
            timings, queries = [], set()
            for _ in range(ROUNDS):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url + query)
                    timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{url}{query}: {response.status_code}")
                queries.add(len(captured))
            p95 = percentile(timings, 0.95)
            verdict = "OK" if p95 < TARGET_MS else f"OVER {TARGET_MS} ms"
            print(
                f"  resultater, {number(size)} svar, {label}:"
                f" p50 {statistics.median(timings):6.1f} ms   p95 {p95:6.1f} ms"
                f"   max {max(timings):6.1f} ms   SQL {'/'.join(map(str, sorted(queries)))}"
                f"  {verdict}",
                flush=True,
            )


def export(size):
    """Times the XLSX export of the survey with `size` answers through the admin view, and
    reads the workbook back; prints [seconds, CPU seconds of this process, peak memory growth
    in kB, rows]."""
    import io

    from django.urls import reverse
    from openpyxl import load_workbook

    from surveys.models import SurveyPage

    client = _client()
    survey = SurveyPage.objects.get(slug=f"bench-undersoegelse-{size}")
    url = reverse("survey_xlsx", args=[survey.pk])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    length = sum(len(chunk) for chunk in response.streaming_content)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    if response.status_code != 200 or not length:
        raise RuntimeError(f"{url}: {response.status_code}")
    response = client.get(url)  # read back, outside what is measured
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = sum(1 for _row in workbook["Svar"].iter_rows(values_only=True)) - 1
    print(json.dumps([round(seconds, 2), round(cpu, 2), grown, rows]))


def main():
    import django

    django.setup()
    if sys.argv[1:2] == ["export"]:
        export(int(sys.argv[2]))
    else:
        results_pages()


if __name__ == "__main__":
    main()
