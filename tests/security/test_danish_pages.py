"""Issue 10, smaller items: the password page of a restricted page (and document) and the
page for a failed CSRF check are in Danish, and the password page shows nothing it guards.
The error page says whether the database is away for a moment (503) or something else broke."""

import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.models import PageViewRestriction

from lederweb.views import server_error
from tests.projects.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("tree")
def test_the_password_page_is_danish_and_shows_nothing_it_guards(client):
    article = make_article("Lukket artikel", introduction="Fortroligtxq manchet")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.get(article.url)
    html = response.content.decode()
    assert "Adgangskode påkrævet" in html and 'lang="da"' in html
    assert "Password required" not in html
    assert "Fortroligtxq" not in html
    # A wrong password gets the same Danish page back.
    form_action = "/_util/authenticate_with_password/"
    assert form_action in html


def test_a_failed_csrf_check_answers_in_danish(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/nyhedsbrev/", {"email": "a@example.com"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Formularen er udløbet" in html and "CSRF" not in html


@pytest.mark.parametrize(
    ("error", "status", "text"),
    [
        (OperationalError("connection is closed"), 503, "Siden er midlertidigt utilgængelig"),
        (ValueError("a bug"), 500, "Der opstod en fejl"),
    ],
)
def test_the_error_page_tells_a_database_outage_from_a_bug(rf, error, status, text):
    try:
        raise error
    except type(error):
        response = server_error(rf.get("/"))
    assert response.status_code == status
    assert text in response.content.decode()
    assert ("Retry-After" in response) == (status == 503)


@pytest.mark.usefixtures("tree")
def test_a_wrong_password_answers_400_with_the_danish_form(client):
    article = make_article("Lukket artikel", introduction="Fortroligtxq manchet")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    action = f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    assert action in client.get(article.url).content.decode()

    wrong = client.post(action, {"password": "forkert", "return_url": article.url})
    html = wrong.content.decode()
    assert wrong.status_code == 400
    assert "Adgangskode påkrævet" in html and action in html
    assert "Fortroligtxq" not in html
    right = client.post(action, {"password": "hemmelig", "return_url": article.url})
    assert right.status_code == 302 and right["Location"] == article.url
