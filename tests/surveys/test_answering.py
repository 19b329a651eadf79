import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from surveys.factories import make_survey
from surveys.models import Invitation, SurveyResponse
from tests.surveys.conftest import PAGE_ONE, PAGE_TWO, last_page, post, step, two_page_questions

pytestmark = pytest.mark.django_db


def test_two_pages_back_and_forward_keep_the_answers_and_store_one_anonymous_answer(client, survey):
    url = survey.url
    first = client.get(url)
    assert "Side 1 af 2" in first.content.decode()

    second = post(client, url, step(first, PAGE_ONE, "frem"))
    assert "Side 2 af 2" in second.content.decode()
    back = post(client, url, step(second, {"andre_kommentarer": "Halvt skrevet"}, "tilbage"))
    html = back.content.decode()
    assert "Side 1 af 2" in html
    assert 'value="Mellemleder" id="id_rolle_1" checked' in html.replace(" required", "")
    again = post(client, url, step(back, PAGE_ONE, "frem"))
    assert "Halvt skrevet" in again.content.decode()  # the half-written text came back
    assert SurveyResponse.objects.count() == 0

    done = post(client, url, step(again, PAGE_TWO, "send"))
    assert done.status_code == 200
    assert "Tak for dit svar" in done.content.decode()
    answer = SurveyResponse.objects.get()
    assert answer.device == "telefon"
    assert answer.form_data == {
        "rolle": "Mellemleder",
        "hvor_mange_medarbejdere_leder_du": 12,
        **PAGE_TWO,
    }


def test_an_answer_keeps_nothing_of_the_answerer_and_nothing_joins_it_to_an_invitation():
    columns = {field.column for field in SurveyResponse._meta.concrete_fields}
    assert columns == {"id", "page_id", "form_data", "submit_time", "device"}
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT tc.table_name, kcu.column_name, ccu.table_name
               FROM information_schema.table_constraints tc
               JOIN information_schema.key_column_usage kcu USING (constraint_name)
               JOIN information_schema.constraint_column_usage ccu USING (constraint_name)
               WHERE tc.constraint_type = 'FOREIGN KEY'
                 AND 'surveys_invitation' IN (tc.table_name, ccu.table_name)"""
        )
        keys = cursor.fetchall()
    assert keys == [("surveys_invitation", "survey_id", "wagtailcore_page")] or all(
        "surveysresponse" not in str(key) for key in keys
    )
    invitation_columns = {field.column for field in Invitation._meta.concrete_fields}
    assert not invitation_columns & {"response_id", "used_at", "answered_at"}
    assert not {"response_id", "invitation_id"} & columns


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"hvor_ofte_bruger_du_publikationerne": ""}, "Vælg et svar."),
        ({"hvor_ofte_bruger_du_publikationerne": "Aldrig"}, "Vælg en af mulighederne på listen."),
        ({"hvor_praksisnaere_er_de": "9"}, "Vælg en af mulighederne på listen."),
        ({"hvilken_publikation_bruger_du_mest": "x" * 300}, "højst 255 tegn"),
        ({"andre_kommentarer": "x" * 4001}, "højst 4000 tegn"),
    ],
)
def test_bad_input_gets_a_danish_message_keeps_the_answers_and_stores_nothing(
    client, survey, change, message
):
    last = last_page(client, survey.url)
    answer = post(client, survey.url, step(last, {**PAGE_TWO, **change}, "send"))
    html = answer.content.decode()
    assert answer.status_code == 400
    assert message in html
    assert "Svarene er ikke sendt" in html
    # What was answered stays.
    assert 'value="4" id="id_hvor_enig_er_du__1_3" checked' in html.replace(" required", "")
    assert SurveyResponse.objects.count() == 0


def test_a_choice_sent_many_times_counts_once(client, survey):
    """A forged post repeating one box of a several-choices question must not count it 50 times
    (results of over 100 %): each offered answer is kept once, in the order offered."""
    last = last_page(client, survey.url)
    forged = {**PAGE_TWO, "hvad_bruger_du_dem_til": ["Møder"] * 50 + ["Inspiration", "Møder"]}
    done = post(client, survey.url, step(last, forged, "send"))
    assert "Tak for dit svar" in done.content.decode()
    assert SurveyResponse.objects.get().form_data["hvad_bruger_du_dem_til"] == [
        "Inspiration",
        "Møder",
    ]


def test_a_bad_number_on_the_first_page_is_answered_there(client, survey):
    first = client.get(survey.url)
    answer = post(
        client,
        survey.url,
        step(first, {**PAGE_ONE, "hvor_mange_medarbejdere_leder_du": "mange"}, "frem"),
    )
    assert answer.status_code == 400
    assert "Skriv et helt tal" in answer.content.decode()


def test_altered_answers_of_an_earlier_page_are_not_stored(client, survey):
    last = last_page(client, survey.url)
    data = step(last, PAGE_TWO, "send")
    data["tilstand"] = data["tilstand"][:-3] + "abc"  # the signature no longer holds
    answer = post(client, survey.url, data)
    assert answer.status_code == 400
    assert "Side 1 af 2" in answer.content.decode()
    assert SurveyResponse.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"opens_at": timezone.now() + timedelta(days=2)}, "ikke åbnet endnu"),
        ({"closes_at": timezone.now() - timedelta(days=2)}, "Undersøgelsen er lukket"),
    ],
)
def test_a_survey_not_open_takes_no_answer(client, survey, fields, message):
    last = last_page(client, survey.url)
    for name, value in fields.items():
        setattr(survey, name, value)
    survey.save_revision().publish()
    assert message in client.get(survey.url).content.decode()
    answer = post(client, survey.url, step(last, PAGE_TWO, "send"))
    assert answer.status_code == 409
    assert message in answer.content.decode()
    assert SurveyResponse.objects.count() == 0


def test_the_honeypot_gets_thanks_and_stores_nothing(client, survey):
    last = last_page(client, survey.url)
    answer = post(client, survey.url, step(last, {**PAGE_TWO, "website": "spam"}, "send"))
    assert "Tak for dit svar" in answer.content.decode()
    assert SurveyResponse.objects.count() == 0


def test_the_honeypot_is_hidden_from_people_screen_readers_and_the_keyboard(client, survey):
    html = client.get(survey.url).content.decode()
    trap = html.split('class="nl-trap"')[1].split("</div>")[0]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap


def test_the_open_link_is_rate_limited(client, survey, settings):
    settings.SURVEYS_ANSWER_RATE = "1/h"
    last = last_page(client, survey.url)
    data = step(last, PAGE_TWO, "send")
    client.post(survey.url, data, REMOTE_ADDR="10.99.0.1")
    answer = client.post(survey.url, data, REMOTE_ADDR="10.99.0.1")
    assert answer.status_code == 429
    assert "Vent lidt" in answer.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_the_limit_is_per_survey_and_spares_personal_links(client, home, survey, settings):
    """A room of invited leaders behind one address answers on their own links (one answer
    each already), and a flood of one survey's open link does not close another survey."""
    settings.SURVEYS_ANSWER_RATE = "1/h"
    room = "10.99.0.2"
    data = step(last_page(client, survey.url), PAGE_TWO, "send")
    assert client.post(survey.url, data, REMOTE_ADDR=room).status_code == 200
    assert client.post(survey.url, data, REMOTE_ADDR=room).status_code == 429
    for email in ("a@kl.dk", "b@kl.dk"):
        url = f"{survey.url}{Invitation.objects.create(survey=survey, email=email).token}/"
        personal = step(last_page(Client(), url), PAGE_TWO, "send")
        assert Client().post(url, personal, REMOTE_ADDR=room).status_code == 200
    other = make_survey(home, "Evaluering", two_page_questions())
    data = step(last_page(client, other.url), PAGE_TWO, "send")
    assert client.post(other.url, data, REMOTE_ADDR=room).status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 3
    assert SurveyResponse.objects.filter(page=other).count() == 1


def test_a_personal_link_resumes_a_closed_tab_and_answers_once(client, survey):
    invitation = Invitation.objects.create(survey=survey, email="leder@aarhus.dk")
    url = f"{survey.url}{invitation.token}/"
    last_page(client, url)
    resumed = Client().get(url)  # a new tab, no cookies: the draft comes from the link
    assert 'value="Mellemleder" id="id_rolle_1" checked' in resumed.content.decode().replace(
        " required", ""
    )
    last = post(Client(), url, step(resumed, PAGE_ONE, "frem"))
    assert post(Client(), url, step(last, PAGE_TWO, "send")).status_code == 200
    again = post(Client(), url, step(last, PAGE_TWO, "send"))
    assert again.status_code == 409
    assert "allerede svaret" in again.content.decode()
    invitation.refresh_from_db()
    assert invitation.used and invitation.draft is None
    assert SurveyResponse.objects.count() == 1
    assert Client().get(f"{survey.url}ukendt-token/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_two_posts_with_one_link_at_the_same_moment_store_one_answer(home):
    from surveys.factories import make_survey
    from tests.surveys.conftest import two_page_questions

    survey = make_survey(home, "Evaluering", two_page_questions())
    invitation = Invitation.objects.create(survey=survey, email="leder@aarhus.dk")
    url = f"{survey.url}{invitation.token}/"
    data = step(last_page(Client(), url), PAGE_TWO, "send")
    start = threading.Barrier(2)
    codes = []

    def send():
        start.wait()
        codes.append(post(Client(), url, data).status_code)
        connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200, 409]
    assert SurveyResponse.objects.count() == 1
