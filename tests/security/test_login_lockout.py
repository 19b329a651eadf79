"""Issue 10.8: the admin login locks out after 5 failures per user name and per client, for
15 minutes, with a Danish 429 page; the secretariat sees the attempts in the admin."""

import pytest

from tests.support import EDITOR_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def login(client, username, password, ip="198.51.100.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_the_right_password_after_many_wrong_ones_is_refused(client, editor):
    for _ in range(4):
        assert login(client, "redaktoer", "forkert").status_code == 200
    assert login(client, "redaktoer", "forkert").status_code == 429  # the fifth locks
    response = login(client, "redaktoer", EDITOR_PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Login midlertidigt spærret" in html and "15 minutter" in html
    assert "_auth_user_id" not in client.session


def test_the_user_name_is_locked_from_every_client(client, editor):
    for number in range(5):
        login(client, "redaktoer", "forkert", ip=f"198.51.100.{number + 10}")
    assert login(client, "redaktoer", EDITOR_PASSWORD, ip="203.0.113.9").status_code == 429


def test_one_client_is_locked_whatever_names_it_tries(client, editor):
    for number in range(5):
        login(client, f"gaet{number}", "forkert")
    assert login(client, "redaktoer", EDITOR_PASSWORD).status_code == 429
    # Another client still logs in.
    assert login(client, "redaktoer", EDITOR_PASSWORD, ip="203.0.113.50").status_code == 302


def test_the_secretariat_sees_the_attempts_in_the_admin(client, editor):
    for _ in range(5):
        login(client, "redaktoer", "forkert")
    client.force_login(editor)  # (a successful login lifts the user's lockout)
    menu = client.get("/admin/").content.decode()
    assert "/admin/login_attempts/" in menu and "/admin/login_failures/" in menu
    assert client.get("/admin/login_attempts/").status_code == 200
    html = client.get("/admin/login_failures/").content.decode()
    assert "redaktoer" in html and "198.51.100.7" in html and "IP-adresse" in html
