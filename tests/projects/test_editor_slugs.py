"""Editors: a repeated title with an empty slug is a Danish validation error on publish (and on
save), never a 500, for every page type an editor adds under a parent with siblings."""

import pytest
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from lederweb.text import danish_slugify
from projects.models import ArticlePage

pytestmark = pytest.mark.django_db


def article_form(title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": "",
            "date": "2013-05-01",
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )


def empty_page_form(model, title):
    """The add form of `model` with a title and nothing else: every stream and inline empty."""
    data = {
        "title": title,
        "slug": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            data[field.name] = streamfield([])
    for relation in get_all_child_relations(model):
        data[relation.get_accessor_name()] = inline_formset([])
    return nested_form_data(data)


@pytest.mark.parametrize("action", ["action-publish", "action-save"])
def test_a_repeated_title_with_an_empty_slug_is_a_validation_error(
    editor_client, demo_content, action
):
    existing = ArticlePage.objects.get(title="Frivillige skal også ledes")
    index = existing.get_parent()
    count = Page.objects.count()
    response = editor_client.post(
        f"/admin/pages/add/projects/articlepage/{index.pk}/", article_form(existing.title, action)
    )
    assert response.status_code in (200, 400), response.status_code
    html = response.content.decode()
    assert f"Adressen »{existing.slug}« bruges allerede" in html, html[:3000]
    assert Page.objects.count() == count


@pytest.mark.parametrize("slug_of", [str, lambda slug: slug.replace("aa", "å")])
def test_a_slug_that_becomes_a_siblings_after_transliteration_is_a_validation_error(
    editor_client, demo_content, slug_of
):
    existing = ArticlePage.objects.get(title="Frivillige skal også ledes")
    data = article_form("Et andet navn", "action-publish")
    data["slug"] = slug_of(existing.slug)
    response = editor_client.post(
        f"/admin/pages/add/projects/articlepage/{existing.get_parent().pk}/", data
    )
    assert response.status_code == 200
    assert f"Adressen »{existing.slug}« bruges allerede" in response.content.decode()


def test_every_page_type_checks_its_slug_the_same_way(editor_client, demo_content):
    """Sibling page types share the form (lederweb.forms.PageForm): a publication and an event
    with a repeated title answer the same Danish error."""
    from events.models import EventPage
    from publications.models import PublicationPage

    for model in (PublicationPage, EventPage):
        existing = next(p for p in model.objects.live() if p.slug == danish_slugify(p.title))
        meta = model._meta
        response = editor_client.post(
            f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{existing.get_parent().pk}/",
            empty_page_form(model, existing.title),
        )
        assert response.status_code == 200, model
        assert f"Adressen »{existing.slug}« bruges allerede" in response.content.decode(), model
