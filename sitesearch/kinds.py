"""The page types the search can be narrowed to (`?type=`), named in the address as the
readers know them. Every other page type is a plain "side"."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# slug in the address -> page model; the labels are the models' own Danish names.
KINDS = {
    "artikel": "projects.ArticlePage",
    "udgivelse": "publications.PublicationPage",
    "projekt": "projects.ProjectPage",
    "vaerktoej": "projects.ToolPage",
    "forloeb": "projects.ProgrammePage",
    "idesamling": "projects.IdeaCollectionPage",
    "arrangement": "events.EventPage",
    "e-kursus": "courses.CoursePage",
}
PAGE = "side"
_KIND_OF_MODEL = {label.lower(): kind for kind, label in KINDS.items()}


def kind_of(page):
    return _KIND_OF_MODEL.get(page._meta.label_lower, PAGE)


def _meta(kind):
    return apps.get_model(KINDS[kind])._meta


def label(kind):
    """ "Artikel", "Udgivelse", …, "Side": shown beside each result."""
    return _meta(kind).verbose_name if kind in KINDS else _("Side")


def choices():
    """For the type filter, in the plural: "Artikler", "Udgivelser", …, "Sider"."""
    return [
        *((kind, _meta(kind).verbose_name_plural) for kind in KINDS),
        (PAGE, _("Andre sider")),
    ]
