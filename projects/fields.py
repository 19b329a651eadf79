from django.db import models
from django.utils.translation import gettext_lazy as _


def project_link(related_name="+"):
    """The `project` field of everything a project produces (articles, tools, publications,
    events): ProjectPage.produced_pages() finds every page model that has it."""
    return models.ForeignKey(
        "projects.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        verbose_name=_("Projekt"),
    )
