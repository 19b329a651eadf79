"""The publications the status note names, with their print runs and the shipped orders
that account for the copies sent out. Creates only what is missing."""

import datetime as dt

from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from lederweb.demo import ensure_child
from lederweb.models import HomePage, SectionPage, Theme
from lederweb.text import danish_slugify
from projects.models import ProjectPage
from publications.demo_files import cover_file, pdf_file
from publications.isbn import isbn13_check_digit
from publications.models import Order, PrintRun, PublicationIndexPage, PublicationPage

SECRETARIAT = {
    "name": "Sekretariatet for Væksthus for Ledelse",
    "organisation": "KL",
    "address": "Weidekampsgade 10",
    "postcode": "2300",
    "city": "København S",
    "email": "lederweb@kl.dk",
}

PUBLICATIONS = [
    {
        "title": "Nærværende ledelse på afstand",
        "year": 2013,
        "pages": 6,
        "isbn": "97887930590",
        "sections": [3],
        "themes": ["Ledelse på afstand", "Dialog og kommunikation"],
        "project": "Ledelse på afstand",
        "introduction": "Sådan leder du medarbejdere, du ikke ser dagligt.",
        "summary": "En publikation, der sætter fokus på, hvordan man leder medarbejdere, man "
        "ikke ser dagligt. Der er holdt tre dialogmøder om publikationen for ca. 120 deltagere.",
        "print_runs": [(dt.date(2013, 4, 15), 5000, "")],
        "shipped": [(dt.date(2013, 5, 3), 4400, "Udsendelse til kommuner og regioner")],
        "chapters": [
            ("Når lederen ikke er i huset", "Mange ledere har medarbejdere på flere adresser."),
            ("Tillid på afstand", "Tillid bygges i de små aftaler, der bliver holdt."),
            ("Fem greb til hverdagen", "Faste møder, klare mål og tid til den korte snak."),
        ],
    },
    {
        "title": "Ledelse af frivillige",
        "year": 2013,
        "pages": 5,
        "isbn": "97887930591",
        "sections": [3],
        "themes": ["Frivillige"],
        "project": "Ledelse af frivillige",
        "introduction": "Bud på, hvordan ledelse af frivillige kan ske på en god måde.",
        "summary": "En publikation, der giver bud på, hvordan ledelse af frivillige kan ske på "
        "en god måde. Den blev lanceret ved en minikonference i Danske Regioner.",
        "print_runs": [(dt.date(2013, 4, 10), 7000, "")],
        "shipped": [(dt.date(2013, 4, 19), 2000, "Udsendelse til kommuner og regioner")],
    },
    {
        "title": "Ledere der lykkes",
        "year": 2011,
        "pages": 4,
        "isbn": "97887930592",
        "sections": [1, 2, 3],
        "themes": ["Talentudvikling", "Strategi"],
        "project": "Ledere der lykkes",
        "introduction": "Erfaringer fra ledere, der får det til at lykkes i hverdagen.",
        "summary": "En publikation med erfaringer fra kommunale og regionale ledere. Den var "
        "så efterspurgt, at den blev genoptrykt i 2013.",
        "print_runs": [(dt.date(2011, 9, 1), 4000, ""), (dt.date(2013, 3, 1), 2000, "genoptryk")],
        "shipped": [
            (dt.date(2011, 9, 20), 3800, "Udsendelse til kommuner og regioner"),
            (dt.date(2013, 6, 30), 1500, "Bestillinger fra lederweb.dk, samlet"),
        ],
    },
    {
        "title": "Sammenhængskraft – i virkeligheden",
        "year": 2012,
        "pages": 4,
        "isbn": "97887930593",
        "sections": [1, 2, 3],
        "themes": ["Sammenhængskraft", "Dialog og kommunikation"],
        "project": "Sammenhængskraft",
        "introduction": "Sådan skaber ledere sammenhæng på tværs af faggrænser.",
        "summary": "En publikation om sammenhængskraft i praksis på tværs af sektorer og "
        "faggrænser. Den blev genoptrykt i 2013.",
        "print_runs": [(dt.date(2012, 10, 1), 3000, ""), (dt.date(2013, 5, 1), 1500, "genoptryk")],
        "shipped": [
            (dt.date(2012, 10, 20), 2800, "Udsendelse til kommuner og regioner"),
            (dt.date(2013, 8, 31), 1200, "Bestillinger fra lederweb.dk, samlet"),
        ],
    },
]


def isbn(first_eleven, edition):
    digits = first_eleven + str(edition)
    digits += isbn13_check_digit(digits)
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"


def load():
    home = HomePage.objects.first()
    index = ensure_child(
        home,
        PublicationIndexPage,
        "udgivelser",
        title="Udgivelser",
        show_in_menus=True,
        introduction="Væksthusets publikationer – hent dem som PDF, læs dem som e-publikation, "
        "eller bestil trykte eksemplarer gratis.",
    )
    for spec in PUBLICATIONS:
        if not index.get_children().filter(title=spec["title"]).exists():
            create_publication(index, spec)
    return index


def create_publication(index, spec):
    page = PublicationPage(
        title=spec["title"],
        introduction=spec["introduction"],
        summary=f"<p>{spec['summary']}</p>",
        year=spec["year"],
        cover=create_cover(spec),
        document=create_document(spec),
        isbn_print=isbn(spec["isbn"], 0),
        isbn_electronic=isbn(spec["isbn"], 1),
        editors="Sekretariatet for Væksthus for Ledelse",
        designer="Grafisk Tegnestue ApS",
        printer="Offsettrykkeriet A/S",
        project=find_project(spec["project"]),
        reading_edition=[
            ("chapter", {"title": title, "body": f"<p>{text}</p>"})
            for title, text in spec.get("chapters", [])
        ],
        print_runs=[
            PrintRun(printed_on=printed_on, copies=copies, note=note)
            for printed_on, copies, note in spec["print_runs"]
        ],
    )
    index.add_child(instance=page)
    page.vaeksthuse.set(sections(spec["sections"]))
    page.themes.set(themes(spec["themes"]))
    page.save_revision().publish()
    for shipped_on, quantity, note in spec["shipped"]:
        shipped_at = timezone.make_aware(dt.datetime.combine(shipped_on, dt.time(12)))
        Order.objects.create(
            publication=page,
            quantity=quantity,
            note=note,
            shipped_at=shipped_at,
            confirmation_sent_at=shipped_at,
            shipped_notice_sent_at=shipped_at,
            **SECRETARIAT,
        )
    return PublicationPage.objects.get(pk=page.pk)


def create_cover(spec):
    image = get_image_model()(
        title=f"Forside: {spec['title']}",
        description=f"Forsiden af publikationen »{spec['title']}« fra {spec['year']}",
        file=cover_file(spec["title"], spec["year"], spec["sections"]),
    )
    image.save()
    return image


def create_document(spec):
    document = get_document_model()(
        title=spec["title"],
        file=pdf_file(spec, danish_slugify(spec["title"])),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def find_project(title):
    return ProjectPage.objects.filter(title=title).first()


def sections(numbers):
    return SectionPage.objects.filter(number__in=numbers)


def themes(names):
    return [Theme.objects.get_or_create(name=name)[0] for name in names]
