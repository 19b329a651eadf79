import itertools
import re

import pytest

from surveys.factories import make_survey, question, role_question, section
from surveys.models import Kind

_addresses = itertools.count(1)

PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


def new_address():
    """A client address of its own per request, so the rate limit counts only where meant."""
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


def two_page_questions():
    return [
        section("Om dig"),
        question(Kind.BACKGROUND, background=role_question()),
        question(Kind.NUMBER, "Hvor mange medarbejdere leder du?", required=False),
        section("Om publikationerne"),
        question(Kind.SINGLE, "Hvor ofte bruger du publikationerne?", ["Ofte", "Sjældent"]),
        question(Kind.MULTIPLE, "Hvad bruger du dem til?", ["Inspiration", "Møder", "Kurser"]),
        question(Kind.SCALE, "Hvor praksisnære er de?", low_label="Slet ikke", high_label="Meget"),
        question(
            Kind.MATRIX,
            "Hvor enig er du?",
            ["De er hjælpsomme", "De er lette at læse"],
            low_label="Helt uenig",
            high_label="Helt enig",
        ),
        question(Kind.TEXT, "Hvilken publikation bruger du mest?", required=False),
        question(Kind.LONGTEXT, "Andre kommentarer", required=False),
    ]


# What a leader answers on each page, as posted.
PAGE_ONE = {"rolle": "Mellemleder", "hvor_mange_medarbejdere_leder_du": "12"}
PAGE_TWO = {
    "hvor_ofte_bruger_du_publikationerne": "Ofte",
    "hvad_bruger_du_dem_til": ["Inspiration", "Møder"],
    "hvor_praksisnaere_er_de": "5",
    "hvor_enig_er_du__1": "4",
    "hvor_enig_er_du__2": "5",
    "hvilken_publikation_bruger_du_mest": "Nærværende ledelse",
    "andre_kommentarer": "Flere cases, tak.",
}


@pytest.fixture
def survey(home):
    return make_survey(home, "Brugerundersøgelse 2014", two_page_questions())


def post(client, url, data, user_agent=PHONE):
    return client.post(url, data, REMOTE_ADDR=new_address(), HTTP_USER_AGENT=user_agent)


def step(response, data, action):
    """The next post from the page `response` shows: its state and step, plus `data`."""
    html = response.content.decode()
    state = re.search(r'name="tilstand" value="([^"]*)"', html).group(1)
    trin = re.search(r'name="trin" value="(\d+)"', html).group(1)
    return {"tilstand": state, "trin": trin, "handling": action, **data}


def last_page(client, url, page_one=PAGE_ONE, user_agent=PHONE):
    first = client.get(url)
    return post(client, url, step(first, page_one, "frem"), user_agent)


def answer_survey(client, url, page_one=PAGE_ONE, page_two=PAGE_TWO, user_agent=PHONE):
    """Answers the two-page survey through its pages; the last response."""
    last = last_page(client, url, page_one, user_agent)
    return post(client, url, step(last, page_two, "send"), user_agent)
