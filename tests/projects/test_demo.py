import datetime

import pytest
from django.core.management import call_command

from lederweb.models import Theme
from projects.models import ArticlePage, IdeaCollectionPage, ProgrammePage, ProjectPage, ToolPage

pytestmark = pytest.mark.django_db

ARTICLES = {
    "Træn din innovationsmuskel": ("2012-12-19", "Væksthus 3", "Innovative gaver"),
    "Da krigen sluttede": ("2013-01-11", "Væksthus 1+2+3", "Sammenhængskraft"),
    "Postmand Per og den pæne pige": ("2013-02-01", "Væksthus 2", "Jens Arentzens metode"),
    "Vinderopskrifter på innovation": ("2013-02-08", "Væksthus 2", "Innovative glimt"),
    "Når dialogen driller": ("2013-03-01", "Væksthus 1+2+3", "Sammenhængskraft"),
    "Topchefer sendt på værksted": (
        "2013-03-22",
        "Væksthus 1",
        "Strategisk værksted - Nye løsninger i en krisetid",
    ),
    "Her er den bedste idé til forandring": ("2013-03-27", "Væksthus 3", "Idéer der forandrer"),
    "Frivillige skal også ledes": ("2013-04-19", "Væksthus 3", "Ledelse af frivillige"),
    "Ny publikation: Sådan leder du på afstand": ("2013-05-03", "Væksthus 3", "Ledelse på afstand"),
    "Hjælp dine medarbejdere til at blive ledere": (
        "2013-06-07",
        "Bestyrelsen",
        "Fra medarbejder til leder",
    ),
    "Hold talenterne varme": ("2013-06-21", "Bestyrelsen", "Fra medarbejder til leder"),
}

ONGOING = [
    "Strategisk værksted - Nye løsninger i en krisetid",
    "Toplederens egen kompetenceudvikling",
    "Ledelse af overgange i sundhedsvæsenet",
    "Innovative glimt",
    "Lederens rolle i den innovative praksis",
    "Lederuddannelser skaber ringe i vandet",
    "Få mere ud af dit ledernetværk (Ledere der lærer sammen)",
    "Arentzens metode – flere nye film",
    "Når der ledes på flere arbejdspladser – samtidigt (områdeledelse)",
]
REFERRED = [
    "Innovative gaver",
    "Sammenhængskraft",
    "Jens Arentzens metode",
    "Idéer der forandrer",
    "Ledelse af frivillige",
    "Ledelse på afstand",
    "Fra medarbejder til leder",
    "Ledere der lykkes",
]


def test_the_eleven_articles_with_exact_dates_markings_and_projects(demo_content):
    articles = ArticlePage.objects.live().select_related("project")
    found = {a.title: (a.date.isoformat(), a.marking_label, a.project.title) for a in articles}
    assert found == ARTICLES
    first = ArticlePage.objects.get(title="Træn din innovationsmuskel")
    assert first.first_published_at.date() == datetime.date(2012, 12, 19)
    assert first.image.description, "the article image has alt text"


def test_projects_have_the_exact_titles_of_the_note(demo_content):
    ongoing = set(
        ProjectPage.objects.filter(status="igangvaerende").values_list("title", flat=True)
    )
    assert ongoing == set(ONGOING)
    finished = set(ProjectPage.objects.filter(status="afsluttet").values_list("title", flat=True))
    assert set(REFERRED) <= finished
    assert set(Theme.objects.values_list("name", flat=True)) >= {
        "Innovation",
        "Ledelse på afstand",
        "Frivillige",
        "Talentudvikling",
        "Strategi",
        "Sammenhængskraft",
    }


def test_the_products_of_2013(demo_content):
    gifts = IdeaCollectionPage.objects.get()
    assert gifts.project.title == "Innovative gaver"
    ideas = list(gifts.ideas.select_related("image"))
    assert len(ideas) == 25
    assert all(idea.image and idea.image.description for idea in ideas)
    tool = ToolPage.objects.get(title="Ledere der lærer sammen")
    assert len(tool.videos) == 2 and len(tool.task_sheets) == 2
    assert tool.task_sheets[0].value["document"].file_extension == "pdf"
    programme = ProgrammePage.objects.get(title="Fra medarbejder til leder")
    assert (programme.participants, programme.municipalities) == (118, 20)
    assert "stor tilfredshed" in programme.evaluation
    assert programme.project.title == "Fra medarbejder til leder"


@pytest.mark.slow  # walks every page of the demo site
def test_demo_pages_are_served(client, demo_content):
    for path in [
        "/projekter/",
        "/projekter/innovative-gaver/",
        "/artikler/",
        "/artikler/traen-din-innovationsmuskel/",
        "/projekter/innovative-gaver/ideer/25/",
        "/projekter/faa-mere-ud-af-dit-ledernetvaerk-ledere-der-laerer-sammen/ledere-der-laerer-sammen/",
        "/projekter/fra-medarbejder-til-leder/forloebet/",
    ]:
        assert client.get(path).status_code == 200, path
    tool = client.get(
        "/projekter/faa-mere-ud-af-dit-ledernetvaerk-ledere-der-laerer-sammen/"
        "ledere-der-laerer-sammen/"
    ).content.decode()
    assert "Demovideo: »Sæt læring på dagsordenen i ledergruppen«" in tool
    assert "Tekstudgave af videoen" in tool
    assert "Opgaveark 1: Jeres læringsmål</a>" in tool and "(PDF," in tool
    programme = client.get("/projekter/fra-medarbejder-til-leder/forloebet/").content.decode()
    assert "<strong>118</strong> deltagere fra <strong>20</strong> kommuner" in programme
    board = client.get("/artikler/?vaeksthus=bestyrelsen").content.decode()
    assert "Hold talenterne varme" in board and "Da krigen sluttede" not in board


def test_loading_twice_changes_nothing(demo_content):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    counts = lambda: (  # noqa: E731
        ProjectPage.objects.count(),
        ArticlePage.objects.count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
        IdeaCollectionPage.objects.get().ideas.count(),
        ArticlePage.objects.get(title="Da krigen sluttede").revisions.count(),
    )
    before = counts()
    call_command("load_demo_content")
    assert counts() == before
    assert ArticlePage.objects.get(title="Da krigen sluttede").date == datetime.date(2013, 1, 11)
