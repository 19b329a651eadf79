"""The site tree: front page, the three Væksthuse, about the partnership, accessibility."""

from wagtail.models import Site

from lederweb.demo import ensure_child, ensure_home, paragraphs
from lederweb.demo.accessibility import ACCESSIBILITY_STATEMENT
from lederweb.demo.media import ensure_image
from lederweb.models import (
    ContactPage,
    SectionIndexPage,
    SectionPage,
    SiteSettings,
    StandardPage,
    ThemeIndexPage,
)

SECTIONS = [
    {
        "number": 1,
        "slug": "topledere",
        "title": "Væksthus for topledere",
        "audience": "Topledere",
        "introduction": "Viden og værktøjer for kommunale og regionale direktører og topledere.",
    },
    {
        "number": 2,
        "slug": "mellemledere",
        "title": "Væksthus for mellemledere",
        "audience": "Mellemledere",
        "introduction": "Viden og værktøjer for ledere af ledere i kommuner og regioner.",
    },
    {
        "number": 3,
        "slug": "institutions-og-afdelingsledere",
        "title": "Væksthus for institutions- og afdelingsledere",
        "audience": "Institutions- og afdelingsledere",
        "introduction": "Viden og værktøjer for ledere tæt på borgere, patienter og medarbejdere.",
    },
]

# The one place that says the site shows demo content: the pages themselves read as real ones.
DEMO_CONTENT_NOTE = (
    "Om indholdet: Lederweb viser her demoindhold. Artikler, projekter, udgivelser og "
    "arrangementer bygger på sekretariatets statusnotat fra december 2013; tekster, "
    "illustrationer og citater er eksempler på, hvordan siderne ser ud."
)

ABOUT = paragraphs(
    "Målet med Væksthus for Ledelse er at udvikle, opsamle og dele ny viden, der kan omsættes "
    "til bedre offentlig ledelse, samt sætte god ledelse på dagsordenen i kommuner og regioner.",
    "Væksthus for Ledelse er et partssamarbejde mellem KL, Danske Regioner, KTO og "
    "Sundhedskartellet. Parterne udvikler i samarbejde med ledere fra kommuner og regioner "
    "viden og værktøjer om god ledelse gennem projekter.",
    "Under bestyrelsen er der tre væksthuse for henholdsvis topledere, mellemledere og "
    "institutions- og afdelingsledere.",
    DEMO_CONTENT_NOTE,
)

BOARD = paragraphs(
    "Væksthus for Ledelse ledes af en bestyrelse, som består af politikere og "
    "topembedsmænd fra KL, Danske Regioner og KTO.",
    "Bestyrelsen mødes årligt sammen med væksthusene og styregruppen og fastlægger de "
    "tværgående temaer for væksthusenes projekter.",
)


def load():
    home = ensure_home()
    index = ensure_child(
        home,
        SectionIndexPage,
        "vaeksthuse",
        title="Væksthusene",
        show_in_menus=True,
        introduction="Væksthus for Ledelse har tre væksthuse – ét for hvert ledelsesniveau.",
    )
    for section in SECTIONS:
        ensure_child(
            index, SectionPage, section["slug"], **{k: v for k, v in section.items() if k != "slug"}
        )
    about = ensure_child(
        home,
        StandardPage,
        "om-vaeksthuset",
        title="Om Væksthuset",
        show_in_menus=True,
        introduction="Væksthus for Ledelse er et partssamarbejde om god offentlig ledelse.",
        body=ABOUT,
    )
    ensure_child(
        about,
        StandardPage,
        "bestyrelsen",
        title="Bestyrelsen",
        body=BOARD,
        introduction="Bestyrelsen leder Væksthus for Ledelse.",
    )
    ensure_child(
        home,
        StandardPage,
        "tilgaengelighedserklaering",
        title="Tilgængelighedserklæring",
        introduction="Sådan lever Lederweb op til kravene om webtilgængelighed.",
        body=ACCESSIBILITY_STATEMENT,
    )
    ensure_child(
        home,
        ThemeIndexPage,
        "temaer",
        title="Temaer",
        introduction="Artikler, udgivelser, projekter og arrangementer samlet efter tema.",
    )
    ensure_child(
        home,
        ContactPage,
        "kontakt",
        title="Kontakt",
        introduction="Sådan kommer du i kontakt med sekretariatet for Væksthus for Ledelse.",
        body=paragraphs(
            "Sekretariatet svarer på spørgsmål om publikationer, bestillinger, arrangementer "
            "og nyhedsbrevet. Vi svarer normalt inden for to arbejdsdage.",
        ),
    )
    ensure_share_image()
    ensure_contact_details()
    return home


def ensure_contact_details():
    """The secretariat's address, phone and e-mail, where an editor has not set them."""
    details = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    defaults = {
        "address": "Væksthus for Ledelse\nc/o KL\nWeidekampsgade 10\n2300 København S",
        "phone": "3370 3370",
        "email": "lederweb@kl.dk",
    }
    missing = {name: value for name, value in defaults.items() if not getattr(details, name)}
    if missing:
        for name, value in missing.items():
            setattr(details, name, value)
        details.save(update_fields=list(missing))


def ensure_share_image():
    """The picture shared on social media with pages that have none of their own."""
    details = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if details.share_image_id is None:
        details.share_image = ensure_image(
            "Lederweb", "Lederweb – viden om god offentlig ledelse", seed=1, label="Lederweb"
        )
        details.save()
