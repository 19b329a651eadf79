import pytest

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_database_redis_and_worker_answer(client, celery_worker):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "redis": "ok", "worker": "ok", "status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_no_worker_listens(client, settings, celery_worker):
    # A broker database no worker consumes from: the ping goes unanswered.
    settings.CELERY_BROKER_URL = settings.REDIS_URL.rsplit("/", 1)[0] + "/13"
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["worker"] == "down"
    assert response.json()["database"] == "ok"


def test_healthz_is_503_when_redis_is_down(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["redis"].startswith("down")
