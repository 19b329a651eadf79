"""The stray drafts Wagtail 8's autosave left on »new page« before its create form stopped
autosaving: `remove_autosave_drafts` finds the never-published pages whose one revision only
autosave ever wrote, lists them, and with --delete removes them; every page an editor saved
on purpose stays.

The admin is driven as the browser drove it: an autosave is the form POSTed with
`Accept: application/json`, and each further autosave overwrites the revision the first one
returned (`overwrite_revision_id`); the editor's own »Gem kladde« is an ordinary POST."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision

from projects.models import ArticleIndexPage, ArticlePage
from tests.projects.test_editor_slugs import article_form

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def autosave_new(editor_client, index, title):
    """The create form's first autosave: the page is created, as a draft."""
    response = editor_client.post(
        f"/admin/pages/add/projects/articlepage/{index.pk}/",
        article_form(title, "action-save"),
        **JSON,
    )
    assert response.status_code == 200, response.content[:500]
    return response.json()


def edit(editor_client, saved, title, **extra):
    data = article_form(title, "action-save")
    data["slug"] = ArticlePage.objects.get(pk=saved["pk"]).slug
    data.update(extra)
    return editor_client.post(f"/admin/pages/{saved['pk']}/edit/", data, **(JSON if extra else {}))


def autosave_again(editor_client, saved, title):
    """A further autosave: it overwrites the revision the first one made."""
    response = edit(editor_client, saved, title, overwrite_revision_id=saved["revision_id"])
    assert response.json()["revision_id"] == saved["revision_id"]


def save_new(editor_client, index, title):
    """The editor's own »Gem kladde« on the create form."""
    response = editor_client.post(
        f"/admin/pages/add/projects/articlepage/{index.pk}/", article_form(title, "action-save")
    )
    assert response.status_code == 302
    return ArticlePage.objects.get(title=title)


def age(title, days=2):
    page = Page.objects.get(title=title)
    Revision.objects.filter(object_id=str(page.pk)).update(
        created_at=timezone.now() - timedelta(days=days)
    )


def titles():
    return set(ArticlePage.objects.values_list("title", flat=True))


def test_only_drafts_that_autosave_alone_wrote_are_removed(editor_client, demo_content, capsys):
    index = ArticleIndexPage.objects.get()
    abandoned = autosave_new(editor_client, index, "Forladt udkast")
    autosave_again(editor_client, abandoned, "Forladt udkast om tillid")

    kept_on = autosave_new(editor_client, index, "Gemt efter autosave")
    autosave_again(editor_client, kept_on, "Gemt efter autosave")
    assert edit(editor_client, kept_on, "Gemt efter autosave").status_code == 302  # »Gem kladde«

    save_new(editor_client, index, "Gemt med vilje")
    # One autosave and nothing after it is stored exactly as one »Gem kladde«: it stays.
    autosave_new(editor_client, index, "Et enkelt autosave")
    published = save_new(editor_client, index, "Udgivet")
    published.save_revision().publish()

    recent = autosave_new(editor_client, index, "Skrives lige nu")
    autosave_again(editor_client, recent, "Skrives lige nu")
    for title in titles() - {"Skrives lige nu"}:
        age(title)
    before = titles()

    call_command("remove_autosave_drafts")
    out = capsys.readouterr().out
    assert "Forladt udkast om tillid" in out
    assert "Gemt efter autosave" not in out
    assert titles() == before, "without --delete nothing is removed"

    call_command("remove_autosave_drafts", "--delete")
    assert "1 kladde slettet" in capsys.readouterr().out
    assert titles() == before - {"Forladt udkast om tillid"}
    assert not Page.objects.filter(pk=abandoned["pk"]).exists()
