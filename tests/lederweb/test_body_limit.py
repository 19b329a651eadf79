"""Issue 10, smaller: a megabyte sent to a public page answers 400 with a Danish page and is
not sent back; the admin keeps Django's larger limit for its page forms."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

TOO_BIG = "Det, du sendte, kunne ikke modtages"


def test_a_body_over_the_public_limit_answers_the_danish_400_page(client):
    value = "å" * 2**19  # 1 MB of UTF-8, under Django's own 2.5 MB limit
    response = client.post("/nyhedsbrev/", {"email": value})

    html = response.content.decode()
    assert response.status_code == 400
    assert TOO_BIG in html and 'lang="da"' in html
    assert "åå" not in html


def test_a_body_under_the_limit_reaches_the_form(client):
    value = "a" * (settings.PUBLIC_BODY_LIMIT // 2)
    response = client.post("/nyhedsbrev/", {"email": value})

    html = response.content.decode()
    assert response.status_code == 400
    assert TOO_BIG not in html
    assert 'name="email"' in html and "Skriv en gyldig e-mailadresse" in html
    assert "a" * 255 not in html  # shown back cut to the column's 254


def test_the_admin_keeps_djangos_limit(client):
    response = client.post("/admin/login/", {"username": "a" * 2**17, "password": "x"})

    assert response.status_code != 400
    assert TOO_BIG not in response.content.decode()
