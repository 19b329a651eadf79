"""The page editor for every page type of the project: a new page is created only when the
editor saves or publishes it.

Wagtail 8 autosaves the "add page" form: its first autosave, as soon as a title is typed,
creates the page as a draft. An editor who opens "Ny artikel", types a title and walks away
leaves that draft behind (issue 9, item 13). On the create form autosave is therefore off (the
browser still warns about unsaved changes on leaving); once the page exists, its edit form
autosaves as before."""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import get_page_models

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
