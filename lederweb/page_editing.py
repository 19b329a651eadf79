"""The page editor for every page type of the project: a new page is created only when the
editor saves or publishes it.

Wagtail 8 autosaves the "add page" form: its first autosave, as soon as a title is typed,
creates the page as a draft. An editor who opens "Ny artikel", types a title and walks away
leaves that draft behind (issue 9, item 13). On the create form autosave is therefore off (the
browser still warns about unsaved changes on leaving); once the page exists, its edit form
autosaves as before. The drafts it left before that are found by autosave_only_drafts() (the
command remove_autosave_drafts)."""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, PageLogEntry, get_page_models

from lederweb.models import BasePage


class CreateWithoutAutosaveView(CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context


class ProjectPageViewSet(PageViewSet):
    add_view_class = CreateWithoutAutosaveView


def page_viewsets():
    """One viewset per page type of the project, each with the create view above."""
    return [
        ProjectPageViewSet(f"pages_{model._meta.label_lower.replace('.', '_')}", model=model)
        for model in get_page_models()
        if issubclass(model, BasePage)
    ]


# What an autosave leaves in the page's history; anything else (a publish, a move, a lock, a
# workflow, a comment) is an editor's doing, and the page stays.
AUTOSAVE_ACTIONS = {"wagtail.create", "wagtail.edit"}


def autosave_only_drafts(idle_since):
    """Never-published pages, with no subpages and untouched since `idle_since`, that only
    autosave wrote: the stray drafts the create form left before it stopped autosaving.

    An autosave is stored as an editor's »Gem kladde« is, with one difference: each autosave
    after the first overwrites the revision the first one made (one revision, several »edit«
    entries in the history), while every save on purpose makes a revision of its own. So a
    page with one revision edited more than once was written by autosave alone. A page that
    autosave saved once and never again cannot be told from one the editor saved: it stays."""
    never_published = Page.objects.filter(
        live=False,
        first_published_at__isnull=True,
        live_revision__isnull=True,
        numchild=0,
        latest_revision__created_at__lt=idle_since,
    )
    return [page for page in never_published.order_by("pk") if _written_by_autosave_alone(page)]


def _written_by_autosave_alone(page):
    if page.revisions.count() != 1:
        return False
    history = list(PageLogEntry.objects.filter(page=page).values_list("action", "revision_id"))
    edits = [revision for action, revision in history if action == "wagtail.edit"]
    return (
        {action for action, _ in history} <= AUTOSAVE_ACTIONS
        and len(edits) >= 2
        and set(edits) == {page.latest_revision_id}
    )
