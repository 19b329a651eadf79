"""Editors can create and edit every page type of the app in the Wagtail admin."""

import pytest

from projects.models import ArticlePage, IdeaCollectionPage, ProgrammePage, ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "hemmeligt")
    client.force_login(user)
    return client


def test_edit_forms_open_for_every_page_type(editor, demo_content):
    for model in (ArticlePage, ToolPage, IdeaCollectionPage, ProgrammePage):
        page = model.objects.first()
        response = editor.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, model
    project = ArticlePage.objects.first().project
    html = editor.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "Kontaktpersoner" in html and "Partnerorganisationer" in html


def test_an_editor_can_add_an_article(editor, demo_content):
    index = ArticlePage.objects.first().get_parent()
    response = editor.get(f"/admin/pages/add/projects/articlepage/{index.pk}/")
    assert response.status_code == 200
    assert "Udgivelsesdato" in response.content.decode()
    assert editor.get("/admin/snippets/projects/contact/").status_code == 200
