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


# Who counts as one client does not depend on the limit (the sixty a minute are checked
# above): the tests of who is who run on a limit of five, which takes a twelfth of the searches.


def test_made_up_forwarded_addresses_do_not_escape_the_limit(client, tree, settings):
    """Without a trusted proxy in front, X-Forwarded-For is the client's own claim."""
    settings.SEARCH_RATE = "5/m"
    statuses = [
        client.get(
            "/soeg/",
            {"q": f"ledelse {n}"},
            REMOTE_ADDR="203.0.113.65",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        ).status_code
        for n in range(10)
    ]
    assert statuses == [200] * 5 + [429] * 5


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(client, tree, settings):
    settings.SEARCH_RATE = "5/m"
    settings.TRUSTED_PROXIES = ["203.0.113.1"]
    proxy = {"REMOTE_ADDR": "203.0.113.1"}
    for n in range(10):
        forwarded = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{n}"}
        assert client.get("/soeg/", {"q": "ledelse"}, **forwarded, **proxy).status_code == 200
    # One client behind the proxy, forging an earlier hop, is still one client.
    statuses = [
        client.get(
            "/soeg/", {"q": "ledelse"}, HTTP_X_FORWARDED_FOR=f"10.1.1.{n}, 198.51.100.99", **proxy
        ).status_code
        for n in range(6)
    ]
    assert statuses == [200] * 5 + [429]


def test_the_limits_are_the_settings(client, tree, settings):
    settings.SEARCH_RATE = "2/m"
    settings.SEARCH_SUGGEST_RATE = "1/m"
    statuses = [client.get("/soeg/", {"q": "ledelse"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    statuses = [client.get("/soeg/forslag/", {"q": "le"}).status_code for _ in range(2)]
    assert statuses == [200, 429]
