from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from surveys import admin_views
from surveys.models import SurveyPage


@hooks.register("register_admin_urls")
def survey_urls():
    return [
        path(
            "undersoegelser/<int:pk>/resultater/", admin_views.results_view, name="survey_results"
        ),
        path("undersoegelser/<int:pk>/svar.csv", admin_views.export_csv, name="survey_csv"),
        path("undersoegelser/<int:pk>/svar.xlsx", admin_views.export_xlsx, name="survey_xlsx"),
        path("undersoegelser/<int:pk>/resultater.pdf", admin_views.export_pdf, name="survey_pdf"),
        path(
            "undersoegelser/<int:pk>/invitationer/",
            admin_views.invitations_view,
            name="survey_invitations",
        ),
        path("undersoegelser/<int:pk>/paamind/", admin_views.remind_view, name="survey_remind"),
    ]


def _results_button(page):
    if page.specific_class and issubclass(page.specific_class, SurveyPage):
        url = reverse("survey_results", args=[page.pk])
        yield Button(_("Resultater"), url, icon_name="form", priority=5)
        url = reverse("survey_invitations", args=[page.pk])
        yield Button(_("Invitationer"), url, icon_name="mail", priority=6)


@hooks.register("register_page_listing_more_buttons")
def results_in_listing(page, user, next_url=None):
    yield from _results_button(page)


@hooks.register("register_page_header_buttons")
def results_in_header(page, user, view_name, next_url=None):
    yield from _results_button(page)
