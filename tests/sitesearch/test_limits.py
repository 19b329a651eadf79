"""The search is cheap to abuse, so it is rate-limited per visitor, generously."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_window(monkeypatch):
    # One fixed time window, so the count cannot start over midway through the test.
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 4102444800)


def test_sixty_searches_a_minute_then_a_danish_429(client, tree):
    statuses = [client.get("/soeg/", {"q": f"ledelse {n}"}).status_code for n in range(60)]
    assert statuses == [200] * 60
    response = client.get("/soeg/", {"q": "ledelse"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "For mange søgninger" in html and "Vent et minut" in html
    # Another visitor searches on.
    assert client.get("/soeg/", {"q": "ledelse"}, REMOTE_ADDR="10.9.8.7").status_code == 200


def test_suggestions_allow_typing_and_stop_a_flood(client, tree):
    statuses = {client.get("/soeg/forslag/", {"q": "le"}).status_code for _ in range(300)}
    assert statuses == {200}
    response = client.get("/soeg/forslag/", {"q": "le"})
    assert response.status_code == 429
    assert response.json() == {"suggestions": []}
