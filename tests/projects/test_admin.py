"""Editors can create and edit every page type of the app in the Wagtail admin."""

import pytest

from projects.models import ArticlePage, IdeaCollectionPage, ProgrammePage, ToolPage

pytestmark = pytest.mark.django_db


def test_edit_forms_open_for_every_page_type(editor_client, demo_content):
    for model in (ArticlePage, ToolPage, IdeaCollectionPage, ProgrammePage):
        page = model.objects.first()
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, model
    project = ArticlePage.objects.first().project
    html = editor_client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "Kontaktpersoner" in html and "Partnerorganisationer" in html


def test_an_editor_can_add_an_article(editor_client, demo_content):
    index = ArticlePage.objects.first().get_parent()
    response = editor_client.get(f"/admin/pages/add/projects/articlepage/{index.pk}/")
    assert response.status_code == 200
    assert "Udgivelsesdato" in response.content.decode()
    assert editor_client.get("/admin/snippets/projects/contact/").status_code == 200
