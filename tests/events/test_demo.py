import pytest

from events import demo
from events.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_demo(tree):
    """The site tree and the events alone: quicker than all of the demo content."""
    demo.load()


def test_events_of_2013_are_loaded(client, events_demo):
    html = client.get("/arrangementer/").content.decode()
    past = html.split(">Tidligere arrangementer</h2>")[1]
    for title in [
        "Erfaringsdag for projektledere",
        "Væksthusdagen 2013",
        "Dialogmøde 1: Nærværende ledelse på afstand",
        "Dialogmøde 2: Nærværende ledelse på afstand",
        "Dialogmøde 3: Nærværende ledelse på afstand",
        "Lanceringskonference: Ledelse af frivillige",
    ]:
        assert title in past
    assert past.index("Væksthusdagen 2013") < past.index("Erfaringsdag for projektledere")


def test_experience_day_and_vaeksthusdagen_as_the_note_says(client, events_demo):
    day = client.get("/arrangementer/erfaringsdag-for-projektledere-2013/").content.decode()
    assert "12. juni 2013" in day and "MUHZ" in day and "Østerbro" in day

    vaeksthusdagen = client.get("/arrangementer/vaeksthusdagen-2013/").content.decode()
    assert "27. september 2013" in vaeksthusdagen and "Arbejdermuséet" in vaeksthusdagen
    assert ">Referat</h2>" in vaeksthusdagen
    assert "mere kant i projekterne" in vaeksthusdagen
    assert "Væksthus 1+2+3, Bestyrelsen" in vaeksthusdagen


def test_upcoming_demo_events_take_registrations(client, events_demo):
    html = client.get("/arrangementer/").content.decode()
    upcoming = html.split(">Kommende arrangementer</h2>")[1].split("<h2")[0]
    assert "Erfaringsdag for projektledere" in upcoming
    page = client.get("/arrangementer/erfaringsdag-for-projektledere/").content.decode()
    assert "Tilmeld mig" in page and "40 ledige pladser" in page


def test_demo_events_load_once(events_demo):
    count = EventPage.objects.count()
    demo.load()
    assert EventPage.objects.count() == count == 8


def test_full_demo_content_links_events_to_their_projects(client, demo_content):
    from projects.models import ProjectPage

    launch = EventPage.objects.get(slug="lanceringskonference-ledelse-af-frivillige")
    meeting = EventPage.objects.get(slug="dialogmoede-1-naervaerende-ledelse-paa-afstand")
    assert launch.project == ProjectPage.objects.get(title="Ledelse af frivillige")
    assert meeting.project.title in {"Nærværende ledelse på afstand", "Ledelse på afstand"}
    assert ">Ledelse af frivillige</a>" in client.get(launch.url).content.decode()
