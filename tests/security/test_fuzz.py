"""Issue 10.7: every public form and every query parameter the public pages read, fuzzed with
Hypothesis against the real PostgreSQL and Redis.

What is fuzzed comes from the code, so a new form or parameter is fuzzed the day it is added:
- the forms: every subclass of PublicFormMixin, the mixin of every form the public fills in.
  FORM_TARGETS says where each one is posted; a form without an entry fails
  `test_every_public_form_has_a_fuzz_target`.
- the query parameters: the keys each public address reads from request.GET, recorded while
  it is served (`parameters_read`), on a live page of every page type with each route of the
  routable ones, and on the site's own URL patterns outside the page tree.

The text mixes non-ASCII digits (superscript, Arabic-Indic, full-width), NUL, combining marks,
right-to-left marks, line breaks, lone surrogates (sent as the invalid UTF-8 a broken client
would send) and values up to 1 MB. The properties: never a 5xx; an invalid form answers 400
with its form; a NUL gets the Danish error; a stored value is the normalised one (ASCII digits,
composed, no NUL, no line break in a single-line column, within the column); no value is
echoed back longer than its field allows.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from html import unescape
from urllib.parse import quote_plus

import pytest
from django.core.handlers import wsgi
from django.db import models
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.html import escape
from django.utils.module_loading import autodiscover_modules
from hypothesis import HealthCheck, Phase, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from courses import groups
from courses.forms import QuizForm
from courses.models import CoursePage, GroupInvitation, LeaderGroup, LessonPage, Participant
from events.models import EventIndexPage, Registration
from lederweb.forms import LINE_BREAKS, NUL_ERROR, SHOWN_LIMIT, PublicFormMixin, shown_limit
from lederweb.models import HomePage
from newsletter import links
from newsletter.models import Consent, Subscriber
from publications.models import Order
from surveys.factories import make_survey, question, role_question
from surveys.forms import step_form_class
from surveys.models import Kind, SurveyResponse
from tests.courses.conftest import make_participant, signed_in
from tests.events.conftest import make_event, new_address, registration_data
from tests.publications.factories import ADDRESS, make_publication
from tests.security.samples import sample

pytestmark = pytest.mark.django_db

# Modest, and without shrinking: a failure shows the example as found, and a run of a form
# stays well under a minute on a loaded machine.
FUZZ = hypothesis_settings(
    max_examples=25,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TOO_BIG = "Det, du sendte, kunne ikke modtages"

# --- the text -----------------------------------------------------------------------------

NASTY = (
    # ASCII, superscript, Arabic-Indic and full-width digits
    "0123456789²³⁰¹⁴⁵⁶⁷⁸⁹٠١٢٣٤٥٦٧٨٩０１２３４５６７８９"
    "\x00"  # NUL
    "\u0301\u030a\u0308"  # combining acute, ring, diaeresis
    "\u200e\u200f\u202e\u2066\u061c"  # left-to-right, right-to-left and override marks
    "\r\n\v\f\x85\u2028\u2029\t "  # line breaks and spaces
    "ﬁÅåæøÆØ@.-_<>&\"'%+;=/?#"
    "\ud800\udfff"  # lone surrogates: no UTF-8 for them
)
characters = st.one_of(st.sampled_from(NASTY), st.characters())
short_text = st.text(characters, max_size=40)
# Long values at the lengths that matter: just over the columns, past int()'s 4,300 digits,
# 1 MB (of three-byte characters, past Django's 2.5 MB body limit).
LENGTHS = (5, 201, 255, 301, 2001, 4301, 2**20)
long_text = st.builds(
    lambda unit, size: (unit * size)[:size],
    st.text(characters, min_size=1, max_size=3),
    st.sampled_from(LENGTHS),
)
fuzz_text = st.one_of(short_text, short_text, long_text)


def encoded(pairs):
    """application/x-www-form-urlencoded bytes as a client sends them; a lone surrogate goes
    as the invalid UTF-8 a broken client would send (the server reads it as U+FFFD)."""
    return "&".join(
        f"{quote_plus(key)}={quote_plus(value.encode('utf-8', 'surrogatepass'))}"
        for key, value in pairs
    )


def as_received(value):
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def pairs_of(data):
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            yield key, item


def assert_not_echoed(response, value, limit):
    """The page does not show more than `limit` characters of the value (as received, or as
    normalised): a 1 MB paste is not sent back."""
    if len(value) <= limit:
        return
    content = response.content.decode("utf-8", "replace")
    received = as_received(value)
    for shown in {received, unicodedata.normalize("NFKC", received)}:
        middle = len(shown) // 2
        window = shown[middle : middle + limit + 1]
        if len(window) > limit:
            assert escape(window) not in content, f"{len(value)} tegn sendt tilbage"


# --- query parameters ---------------------------------------------------------------------

READ = set()


class RecordingQueryDict(QueryDict):
    """request.GET that notes each key the code reads."""

    def __getitem__(self, key):
        READ.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        READ.add(key)
        return super().__contains__(key)

    def getlist(self, key, default=None):
        READ.add(key)
        return super().getlist(key, default)


def parameters_read(client, monkeypatch, url):
    monkeypatch.setattr(wsgi, "QueryDict", RecordingQueryDict)
    READ.clear()
    client.get(url, REMOTE_ADDR=new_address())
    monkeypatch.undo()
    return set(READ)


def page_addresses(model):
    """A live page of the type, and the address of each of its routes that answers a GET."""
    page = model.objects.live().public().first()
    if page is None:
        return []
    urls = [page.url]
    if issubclass(model, RoutablePageMixin):
        for pattern in model.get_subpage_urls():
            urls.append(page.url + sample(pattern.pattern).rstrip("/") + "/")
    return urls


def site_addresses():
    """The site's own public URL patterns outside the page tree, from the resolver: everything
    but the admin, documents, media, the mail provider's webhook, the health check and
    Wagtail's page serving (walked through the page types)."""
    private = ("admin/", "dokumenter/", "anymail/", "healthz/", "media/", "_util/")

    def walk(patterns, prefix):
        for entry in patterns:
            route = prefix + sample(entry.pattern)
            if route.startswith(private) or route == "":
                continue
            if isinstance(entry, URLResolver):
                if "wagtail" not in entry.urlconf_name.__name__:
                    yield from walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern) and entry.name != "page_file_route":
                yield "/" + route

    return list(walk(get_resolver().url_patterns, ""))


def fuzz_query(client, url, names):
    @FUZZ
    @given(st.dictionaries(st.sampled_from(sorted(names)), fuzz_text, min_size=1))
    @example(dict.fromkeys(names, "²"))
    @example(dict.fromkeys(names, "1" * 4301))
    def fuzz(params):
        response = client.get(f"{url}?{encoded(params.items())}", REMOTE_ADDR=new_address())
        assert response.status_code < 500, (url, params)
        for value in params.values():
            assert_not_echoed(response, value, GET_SHOWN_LIMIT)

    fuzz()


# A query value is shown back at most this long: in a field or in the links that carry the
# query on (the pagination).
GET_SHOWN_LIMIT = SHOWN_LIMIT
PAGE_TYPES = sorted(
    (m for m in get_page_models() if not m._meta.abstract and m is not Page),
    key=lambda model: model.__name__,
)


@pytest.mark.slow  # minutes in all: the fast tier leaves the fuzzing out
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_no_query_parameter_breaks_a_page(demo_content, client, monkeypatch, model):
    urls = page_addresses(model)
    for url in urls:
        names = parameters_read(client, monkeypatch, url) | {"x"}
        fuzz_query(client, url, names)


@pytest.mark.slow
def test_no_query_parameter_breaks_the_site_routes(demo_content, client, monkeypatch):
    urls = site_addresses()
    assert "/soeg/" in urls and "/sitemap.xml" in urls and "/nyhedsbrev/" in urls
    for url in urls:
        names = parameters_read(client, monkeypatch, url) | {"x"}
        fuzz_query(client, url, names)


# --- forms --------------------------------------------------------------------------------


@dataclass
class Target:
    """Where a public form is posted, a valid submission, and the rows it stores."""

    url: object  # the address, or a function giving a fresh one for each example
    valid: dict
    stored: tuple = ()
    spam_field: str | None = None
    form: type | None = None  # the class as posted, when it is built per page (a survey's)
    participant: Participant | None = None  # a course participant's form: posted signed in
    settings: dict = field(default_factory=dict)  # overridden while the form is fuzzed

    def address(self):
        return self.url() if callable(self.url) else self.url

    def prepare(self, client, settings):
        for name, value in self.settings.items():
            setattr(settings, name, value)
        if self.participant is not None:
            signed_in(client, self.participant)


def _sections():
    from lederweb.models import SectionPage

    return [str(pk) for pk in SectionPage.objects.live().values_list("pk", flat=True)]


def _subscriber():
    subscriber = Subscriber.objects.create(
        email=f"fuzz{next(_numbers)}@example.dk", status=Subscriber.Status.ACTIVE
    )
    return "/nyhedsbrev/indstillinger/" + links.preferences_key(subscriber) + "/"


_numbers = itertools.count(1)


def _signup():
    valid = {"email": "leder@example.dk", "sections": _sections(), "source": "", "website": ""}
    return Target("/nyhedsbrev/", valid, (Subscriber, Consent), spam_field="website")


def _registration():
    index = EventIndexPage.objects.first()
    event = make_event(
        index, title=f"Fuzz {next(_numbers)}", starts_in=timedelta(days=60), capacity=10_000
    )
    return Target(event.url + "tilmeld/", registration_data(), (Registration,))


def _order():
    publication = make_publication(f"Fuzz {next(_numbers)}", printed=[10_000])
    valid = {**ADDRESS, "quantity": "1"}
    return Target(publication.url + "bestil/", valid, (Order,))


def _survey():
    """A one-page survey with a question of every kind: its one page stores the answer."""
    home = HomePage.objects.first()
    questions = [
        question(Kind.BACKGROUND, background=role_question()),
        question(Kind.SINGLE, "Hvor ofte?", ["Ofte", "Sjældent"]),
        question(Kind.MULTIPLE, "Hvad til?", ["Inspiration", "Møder"]),
        question(Kind.SCALE, "Hvor nyttigt?", low_label="Slet ikke", high_label="Meget"),
        question(Kind.MATRIX, "Hvor enig?", ["Praksisnært", "Hjælpsomt"]),
        question(Kind.NUMBER, "Hvor mange medarbejdere?"),
        question(Kind.TEXT, "Hvad søger du?"),
        question(Kind.LONGTEXT, "Kommentarer"),
    ]
    survey = make_survey(home, f"Fuzz {next(_numbers)}", questions)
    valid = {
        "rolle": "Topleder",
        "hvor_ofte": "Ofte",
        "hvad_til": ["Inspiration", "Møder"],
        "hvor_nyttigt": "4",
        "hvor_enig__1": "5",
        "hvor_enig__2": "3",
        "hvor_mange_medarbejdere": "12",
        "hvad_soeger_du": "Værktøjer",
        "kommentarer": "Gerne flere cases.",
        "website": "",
    }
    form = step_form_class(survey.questions())
    return Target(survey.url, valid, (SurveyResponse,), spam_field="website", form=form)


def _participant():
    return make_participant(f"fuzz{next(_numbers)}@example.dk", "Fuzz Deltager")


# One address is posted again and again: its own limit (5 an hour) would answer 429.
COURSE_LINK_RATES = {"COURSES_LINK_ADDRESS_RATE": "100000/h"}
COURSE_SIGNUP = {"name": "Mette Hansen", "email": "leder@example.dk", "organisation": "KL"}


def _course_signup():
    valid = {**COURSE_SIGNUP, "next": "/e-kurser/", "course": ""}
    return Target("/kursusdeltager/tilmeld/", valid, (Participant,), settings=COURSE_LINK_RATES)


def _course_link():
    valid = {"email": "leder@example.dk", "next": "/e-kurser/"}
    return Target("/kursusdeltager/nyt-link/", valid, settings=COURSE_LINK_RATES)


def _exercise():
    lesson = LessonPage.objects.live().exclude(exercise="").first()
    valid = {"text": "Klarhed og tid."}
    return Target(lesson.url + "refleksion/", valid, participant=_participant())


def _quiz():
    """The quiz of a demo lesson, as a class with that lesson's questions for fields."""
    lesson = next(lesson for lesson in LessonPage.objects.live() if lesson.questions())
    valid = {}
    for block in lesson.questions():
        right = [str(i) for i, answer in enumerate(block.value["answers"]) if answer["correct"]]
        valid[f"q-{block.id}"] = right if len(right) > 1 else right[0]

    class LessonQuizForm(QuizForm):
        def __init__(self, *args, **kwargs):
            super().__init__(lesson, *args, **kwargs)

    LessonQuizForm.base_fields = QuizForm(lesson).fields  # after the metaclass set its own
    return Target(lesson.url + "quiz/", valid, form=LessonQuizForm, participant=_participant())


def _group():
    course = CoursePage.objects.live().first()
    url = f"/kursusdeltager/ledergrupper/ny/{course.pk}/"
    return Target(url, {"name": "Ledergruppen"}, (LeaderGroup,), participant=_participant())


def _invite():
    participant = _participant()
    group = groups.create(CoursePage.objects.live().first(), participant, "Fuzzgruppen")
    url = f"/kursusdeltager/ledergrupper/{group.pk}/inviter/"
    valid = {"emails": "kollega@example.dk"}
    return Target(url, valid, (GroupInvitation,), participant=participant)


FORM_TARGETS = {
    "newsletter.forms.SignupForm": _signup,
    "newsletter.forms.PreferencesLinkForm": lambda: Target(
        "/nyhedsbrev/indstillinger/", {"email": "leder@example.dk"}
    ),
    # A subscriber of its own for each example: a valid one may delete it.
    "newsletter.forms.PreferencesForm": lambda: Target(_subscriber, {"sections": _sections()}),
    "newsletter.forms.DeleteForm": lambda: Target(
        lambda: _subscriber() + "slet/", {"confirm": "on"}
    ),
    "events.forms.RegistrationForm": _registration,
    "publications.forms.OrderForm": _order,
    "surveys.forms.SurveyStepForm": _survey,
    "courses.forms.SignUpForm": _course_signup,
    "courses.forms.LinkRequestForm": _course_link,
    "courses.forms.ExerciseForm": _exercise,
    "courses.forms.QuizForm": _quiz,
    "courses.forms.GroupForm": _group,
    "courses.forms.InviteForm": _invite,
}


# Public forms that landed without a fuzz target yet, named here so that the gap is explicit
# and any other new form still fails the test below (none now).
NOT_YET_FUZZED = set()


def public_forms():
    """Every form class the public fills in, found through the mixin they all use in the
    `forms` modules of the installed apps."""
    autodiscover_modules("forms")
    found, todo = [], list(PublicFormMixin.__subclasses__())
    while todo:
        form = todo.pop()
        todo.extend(form.__subclasses__())
        if not form.__module__.startswith("tests."):
            found.append(form)
    return {f"{form.__module__}.{form.__name__}": form for form in found}


def test_every_public_form_has_a_fuzz_target():
    found = set(public_forms())
    assert found - NOT_YET_FUZZED == set(FORM_TARGETS), "give each public form a FORM_TARGETS entry"
    assert found >= NOT_YET_FUZZED, "a form in NOT_YET_FUZZED is gone: take it off the list"


def stored_rows(models_, since):
    return [row for model in models_ for row in model.objects.filter(pk__gt=since[model])]


def assert_normalised(row):
    for column in type(row)._meta.concrete_fields:
        value = getattr(row, column.attname)
        if not isinstance(value, str):
            continue
        where = f"{type(row).__name__}.{column.name} = {value[:80]!r}"
        assert "\x00" not in value, where
        assert unicodedata.is_normalized("NFKC", value), where
        assert all(c.isascii() for c in value if c.isdecimal()), where
        if not isinstance(column, models.TextField):
            assert not LINE_BREAKS.search(value), where
        assert column.max_length is None or len(value) <= column.max_length, where


def form_data(form, valid):
    """Each field valid or fuzzed, so one bad value is tried beside good ones (and stored)."""
    fields = {
        name: st.one_of(st.just(valid.get(name, "")), fuzz_text, st.lists(fuzz_text, max_size=3))
        for name in form.base_fields
    }
    return st.fixed_dictionaries(fields)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FORM_TARGETS))
def test_no_input_breaks_a_public_form(demo_content, client, settings, name):
    target = FORM_TARGETS[name]()
    target.prepare(client, settings)
    form_class = target.form or public_forms()[name]
    valid = target.valid

    @FUZZ
    @given(form_data(form_class, valid))
    @example(dict.fromkeys(valid, "\x00"))
    @example(dict.fromkeys(valid, "a" * 2**20))
    def fuzz(data):
        since = {model: _max_pk(model) for model in target.stored}
        body = encoded(pairs_of(data))
        response = client.post(
            target.address(),
            body,
            content_type="application/x-www-form-urlencoded",
            REMOTE_ADDR=new_address(),
        )
        status = response.status_code
        assert status < 500, data
        html = response.content.decode("utf-8", "replace")
        if len(body) > settings.PUBLIC_BODY_LIMIT:
            assert status == 400 and TOO_BIG in html
            return
        form = form_class(QueryDict(body))
        spam = target.spam_field and any(v.strip() for v in _values(data[target.spam_field]))
        if not spam and not form.is_valid():
            assert status == 400, (status, form.errors)
            if any("\x00" in as_received(v) for _k, v in pairs_of(data)):
                assert escape(str(NUL_ERROR)) in html
        for _key, value in pairs_of(data):
            assert_not_echoed(response, value, longest_shown(form_class))
        for row in stored_rows(target.stored, since):
            assert_normalised(row)

    fuzz()


def longest_shown(form_class):
    """The most a form may show of one value (its longest field's limit): the echo check
    cannot tell which field a repeated pattern on the page came from."""
    return max(shown_limit(field) for field in form_class.base_fields.values())


def _values(value):
    return value if isinstance(value, list) else [value]


def _max_pk(model):
    return model.objects.aggregate(top=models.Max("pk"))["top"] or 0


# --- one length, one answer ---------------------------------------------------------------

# The model a plain (not model) form's fields are stored in, matched by field name; None for
# a form that stores none of its fields as typed.
PLAIN_FORM_MODELS = {
    "newsletter.forms.SignupForm": Subscriber,
    "newsletter.forms.PreferencesLinkForm": Subscriber,
    "newsletter.forms.PreferencesForm": None,
    "newsletter.forms.DeleteForm": None,
    "courses.forms.SignUpForm": Participant,
    "courses.forms.LinkRequestForm": Participant,
    "courses.forms.ExerciseForm": None,  # a TextField, held to EXERCISE_MAX_LENGTH by the form
    "courses.forms.QuizForm": None,
    "courses.forms.GroupForm": LeaderGroup,
    "courses.forms.InviteForm": None,
    "surveys.forms.SurveyStepForm": None,  # answers go into one JSON column
}


def test_every_public_form_field_is_as_long_as_its_column():
    checked = 0
    for name, form in public_forms().items():
        meta = getattr(form, "_meta", None)
        model = meta.model if meta and meta.model else PLAIN_FORM_MODELS[name]
        columns = {f.name: f for f in model._meta.concrete_fields} if model else {}
        for field_name, form_field in form.base_fields.items():
            column = columns.get(field_name)
            if column is not None and column.max_length:
                assert getattr(form_field, "max_length", None) == column.max_length, (
                    f"{name}.{field_name}: the form allows "
                    f"{getattr(form_field, 'max_length', None)}, the column {column.max_length}"
                )
                checked += 1
    assert checked >= 10


@pytest.mark.parametrize("name", sorted(FORM_TARGETS))
def test_every_public_form_answers_400_with_the_form_and_the_nul_error(
    demo_content, client, settings, name
):
    target = FORM_TARGETS[name]()
    target.prepare(client, settings)
    invalid = {key: "\x00" for key in target.valid if key != target.spam_field}
    response = client.post(target.address(), invalid, REMOTE_ADDR=new_address())

    html = response.content.decode()
    assert response.status_code == 400
    assert "<form" in html and str(NUL_ERROR) in html


@pytest.mark.parametrize("name", sorted(FORM_TARGETS))
def test_a_megabyte_answers_the_danish_400_page_and_is_not_sent_back(
    demo_content, client, settings, name
):
    target = FORM_TARGETS[name]()
    target.prepare(client, settings)
    huge = dict.fromkeys(target.valid, "å" * 2**19)  # 1 MB of UTF-8 in each field
    response = client.post(target.address(), huge, REMOTE_ADDR=new_address())

    html = response.content.decode()
    assert response.status_code == 400
    assert TOO_BIG in html and 'lang="da"' in html
    assert "åå" not in html


@pytest.mark.parametrize("name", sorted(FORM_TARGETS))
def test_a_value_over_its_field_is_shown_back_cut_to_the_field(
    demo_content, client, settings, name
):
    """Under the body limit a form answers with its errors, showing each value at most as
    long as its field (the column's max_length) allows."""
    target = FORM_TARGETS[name]()
    target.prepare(client, settings)
    form = target.form or public_forms()[name]
    long = {key: "å" * 5000 for key in target.valid if key != target.spam_field}
    response = client.post(target.address(), {**target.valid, **long}, REMOTE_ADDR=new_address())

    html = response.content.decode()
    # A valid one is taken: shown (200) or, after post/redirect/get, redirected (302).
    valid = form({**target.valid, **long}).is_valid()
    assert response.status_code in ((200, 302) if valid else (400,))
    assert "å" * (longest_shown(form) + 1) not in html  # not in an error message either
    for key in long:
        limit = shown_limit(form.base_fields[key])
        assert all(len(value) <= limit for value in shown_values(html, key)), (key, limit)


def shown_values(html, name):
    """What the page shows in the input or textarea named `name`."""
    for tag in re.findall(rf'<input\b[^>]*\bname="{name}"[^>]*>', html):
        yield from (unescape(value) for value in re.findall(r'\bvalue="([^"]*)"', tag))
    for text in re.findall(rf'<textarea\b[^>]*\bname="{name}"[^>]*>(.*?)</textarea>', html, re.S):
        yield unescape(text.strip())
