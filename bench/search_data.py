"""Many articles fast, for the search benchmark: Wagtail page rows with their tree paths
computed here, written with bulk_create, and the article rows with one multi-row insert per
batch (creating 100,000 pages one by one through Wagtail would take hours). Their text is
Danish words drawn with a Zipf-like spread, so common words match a large share of the pages,
as "ledelse" does on the real site. Run inside Django (bench/search.py)."""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

# Common first: the weight of the n-th word is 1/n.
VOCABULARY = (  # noqa: SIM905 - a word list reads best as words
    "ledelse leder ledere medarbejdere kommune region borgere udvikling samarbejde dialog "
    "strategi innovation forandring kvalitet opgaver faglighed arbejdsplads ansvar tillid "
    "læring netværk viden erfaringer resultater mål styring organisation projekt politik "
    "direktion mellemledere topledere institution afdeling sundhed ældre skole dagtilbud "
    "frivillige foreninger sammenhængskraft kommunikation kompetencer talent talentudvikling "
    "rekruttering trivsel arbejdsmiljø sygefravær økonomi budget prioritering effekt "
    "evaluering feedback coaching sparring mentor karriere lederjob lederuddannelse "
    "ledelsesgrundlag værdier kultur motivation engagement involvering inddragelse "
    "medindflydelse kerneopgaven velfærd service digitalisering teknologi data "
    "afstand distance hjemmearbejde møder mødekultur beslutninger prioriteter "
    "krisetid besparelser omstilling reformer fusion tværfaglighed tværgående "
    "sektorer regioner hospitaler psykiatri rehabilitering forebyggelse "
    "nærvær relationer konflikter forhandling forventninger roller rammer "
    "eksperimenter idéer gaver værktøjer metoder modeller analyser undersøgelse "
    "publikation konference dialogmøde værksted forløb moduler deltagere "
    "erfaringsudveksling vidensdeling refleksion praksis hverdagen fremtiden"
).split()
FILLER = "og i på at det en er til for med af som der de om den vi har kan ikke".split()  # noqa: SIM905
WEIGHTS = [1 / rank for rank in range(1, len(VOCABULARY) + 1)]
FIRST_DAY = datetime.date(2005, 1, 1)
DAYS = 365 * 10
BATCH = 2000


def _words(rng, count):
    words = rng.choices(VOCABULARY, WEIGHTS, k=count)
    for position in range(2, count, 4):
        words[position] = rng.choice(FILLER)
    return words


def _sentence(rng, count):
    words = _words(rng, count)
    return " ".join(words).capitalize() + "."


def _article_text(rng, number):
    title = " ".join(_words(rng, rng.randint(3, 7))).capitalize() + f" {number}"
    lead = _sentence(rng, rng.randint(15, 25))
    paragraphs = [
        " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(3, 6)))
        for _ in range(3)
    ]
    return title, lead, paragraphs


def _child_paths(parent, count):
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    return [Page._get_path(parent.path, parent.depth + 1, step + n) for n in range(1, count + 1)]


def _insert_rows(model, rows):
    """One multi-row INSERT of `rows` (model instances) into the model's own table only."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    values = []
    for row in rows:
        values.extend(
            field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields
        )
    placeholders = ", ".join(["(" + ", ".join(["%s"] * len(fields)) + ")"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {model._meta.db_table} ({columns}) VALUES {placeholders}",  # noqa: S608
            values,
        )


def add_articles(count, start_number, seed=2013):
    """`count` live articles under /artikler/, numbered from `start_number`; their ids."""
    from lederweb.models import SectionPage
    from projects.models import ArticleIndexPage, ArticlePage

    rng = random.Random(seed + start_number)  # noqa: S311 - repeatable, not secret
    index = ArticleIndexPage.objects.get()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    sections = list(SectionPage.objects.order_by("number"))
    ids = []
    for offset in range(0, count, BATCH):
        size = min(BATCH, count - offset)
        with transaction.atomic():
            index.refresh_from_db()
            paths = _child_paths(index, size)
            pages, articles = [], []
            for path, number in zip(
                paths, range(start_number + offset, start_number + offset + size), strict=True
            ):
                title, lead, paragraphs = _article_text(rng, number)
                date = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
                moment = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
                slug = f"artikel-{number}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=path,
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=moment,
                        last_published_at=moment,
                        content_type=content_type,
                        locale=locale,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    )
                )
                articles.append(
                    ArticlePage(
                        introduction=lead,
                        date=date,
                        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
                        author_name="Redaktionen",
                        reading_minutes=1,
                        board=rng.random() < 0.05,
                    )
                )
            Page.objects.bulk_create(pages)
            for page, article in zip(pages, articles, strict=True):
                article.page_ptr_id = page.pk
            _insert_rows(ArticlePage, articles)
            through = ArticlePage.vaeksthuse.through
            through.objects.bulk_create(
                through(articlepage_id=page.pk, sectionpage_id=section.pk)
                for page in pages
                for section in rng.sample(sections, rng.randint(0, len(sections)))
            )
            ArticleIndexPage.objects.filter(pk=index.pk).update(numchild=F("numchild") + size)
        ids.extend(page.pk for page in pages)
    return ids
