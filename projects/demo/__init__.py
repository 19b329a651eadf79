"""Demo content of the projects app: the projects, articles and products that the status note
of December 2013 names. Create-only and idempotent like lederweb.demo.site."""

import datetime

from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from lederweb.demo import ensure_child, paragraphs
from lederweb.demo.media import ensure_document, ensure_image
from lederweb.models import HomePage, SectionPage, Theme
from lederweb.text import danish_slugify
from projects.demo.articles import ARTICLES, demo_body
from projects.demo.products import IDEAS, PROGRAMME, TASK_SHEETS, TOOL_BODY, TOOL_VIDEOS
from projects.demo.projects import ALIASES, CONTACTS, PARTNERS, PROJECTS
from projects.models import (
    ArticleIndexPage,
    ArticlePage,
    Contact,
    Idea,
    IdeaCollectionPage,
    ProgrammePage,
    ProjectContact,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ToolPage,
)

THEMES = [
    "Innovation",
    "Ledelse på afstand",
    "Frivillige",
    "Talentudvikling",
    "Strategi",
    "Sammenhængskraft",
    "Dialog og kommunikation",
    "Læring i ledernetværk",
]


def ensure_themes():
    return {name: Theme.objects.get_or_create(name=name)[0] for name in THEMES}


def ensure_contact():
    data = CONTACTS[0]
    return Contact.objects.get_or_create(name=data["name"], defaults=data)[0]


def ensure_projects(home, sections, themes):
    index = ensure_child(
        home,
        ProjectIndexPage,
        "projekter",
        title="Projekter",
        show_in_menus=True,
        introduction="Væksthusets projekter udvikler viden og værktøjer om god ledelse sammen "
        "med ledere fra kommuner og regioner.",
    )
    contact = ensure_contact()
    projects = {}
    for data in PROJECTS:
        projects[data["title"]] = ensure_child(
            index,
            ProjectPage,
            danish_slugify(data["title"]),
            title=data["title"],
            introduction=data["introduction"],
            status=data["status"],
            start_date=data["start_date"],
            end_date=data["end_date"],
            board=data["board"],
            vaeksthuse=[sections[number] for number in data["sections"]],
            themes=[themes[name] for name in data["themes"]],
            body=paragraphs(
                data["introduction"],
                "Projektet er udviklet sammen med ledere fra kommuner og regioner, og "
                "erfaringerne deles i artikler, publikationer og værktøjer her på Lederweb.",
            ),
            contacts=[ProjectContact(contact=contact)],
            partners=[ProjectPartner(name=name) for name in PARTNERS],
        )
    for alias, title in ALIASES.items():
        projects[alias] = projects[title]
    return index, projects


def ensure_articles(home, sections, themes, projects):
    index = ensure_child(
        home,
        ArticleIndexPage,
        "artikler",
        title="Artikler",
        show_in_menus=True,
        introduction="Artikler fra Væksthusets projekter om ledelse i kommuner og regioner.",
    )
    for seed, data in enumerate(ARTICLES):
        slug = danish_slugify(data["title"])
        if index.get_children().filter(slug=slug).exists():
            continue
        page = ensure_child(
            index,
            ArticlePage,
            slug,
            title=data["title"],
            date=data["date"],
            introduction=data["introduction"],
            image=ensure_image(
                f"Artikelbillede: {data['title']}",
                "Illustration: {pattern}.",
                seed,
                vaeksthus=_colour_of(data),
            ),
            project=projects[data["project"]],
            author_name="Redaktionen",
            author_role="Lederweb",
            board=data["board"],
            vaeksthuse=[sections[number] for number in data["sections"]],
            themes=[themes[name] for name in data["themes"]],
            body=demo_body(data),
        )
        _backdate(page, data["date"])
    return index


def _colour_of(article):
    """The article's Væksthus colour: the board's, its one Væksthus's, or Lederweb's own."""
    if article["board"]:
        return "board"
    return article["sections"][0] if len(article["sections"]) == 1 else None


def _backdate(page, date):
    """The article was published on its 2013 date, not on the day the demo was loaded."""
    moment = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment
    )


def ensure_placeholder_video(title, key):
    """Demo videos: the note names none, so each URL gets a stored embed that plainly says it
    is a placeholder. Nothing is fetched from the network; a real URL gets a real embed."""
    url = f"https://www.youtube.com/watch?v=demo-{danish_slugify(key)}"
    Embed.objects.get_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "title": title,
            "html": f'<p class="video-placeholder">Demovideo: »{title}« '
            "(videoen indsættes af redaktionen).</p>",
            "provider_name": "Demo",
        },
    )
    return url


def ensure_products(index, projects):
    gifts = projects["Innovative gaver"]
    ideas = [
        Idea(
            sort_order=number,
            title=title,
            kind=Idea.Kind.GRAPHIC if number % 3 == 0 else Idea.Kind.IMAGE,
            image=ensure_image(
                f"Innovative gaver, idé {number}",
                f"Grafik til idé {number}: »{title}«, tallet {number} på {{pattern}}.",
                100 + number,
                label=str(number),
                vaeksthus=3,
            ),
            text=f"<p>{title}. Prøv idéen af i morgen, og tal bagefter med medarbejderne om, "
            "hvad I lærte.</p>",
        )
        for number, title in enumerate(IDEAS, start=1)
    ]
    ensure_child(
        gifts,
        IdeaCollectionPage,
        "ideer",
        title="Innovative gaver – 25 idéer",
        project=gifts,
        introduction="25 innovative idéer, der gør innovation konkret og praktisk i lederens "
        "hverdag. Bladr én idé ad gangen.",
        ideas=ideas,
    )
    network = projects["Få mere ud af dit ledernetværk (Ledere der lærer sammen)"]
    ensure_child(
        network,
        ToolPage,
        "ledere-der-laerer-sammen",
        title="Ledere der lærer sammen",
        project=network,
        introduction="Videoer og opgaveark, der hjælper ledergrupper og netværk med at lære "
        "sammen.",
        body=TOOL_BODY,
        videos=[
            (
                "video",
                {
                    "video": ensure_placeholder_video(title, key),
                    "title": title,
                    "transcript": f"Tekstudgave af videoen »{title}«.",
                },
            )
            for title, key in TOOL_VIDEOS
        ],
        task_sheets=[
            ("document", {"document": ensure_document(title, lines), "title": title})
            for title, lines in TASK_SHEETS
        ],
    )
    talent = projects["Fra medarbejder til leder"]
    ensure_child(
        talent,
        ProgrammePage,
        "forloebet",
        title="Fra medarbejder til leder",
        project=talent,
        introduction="Et ledertalentudviklingsforløb, hvor kommunale medarbejdere afklares og "
        "klædes på til et lederjob.",
        **PROGRAMME,
    )


def load():
    home = HomePage.objects.get()
    sections = {section.number: section for section in SectionPage.objects.all()}
    themes = ensure_themes()
    index, projects = ensure_projects(home, sections, themes)
    ensure_articles(home, sections, themes, projects)
    ensure_products(index, projects)
