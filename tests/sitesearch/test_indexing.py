"""The index follows the pages: publishing, editing, unpublishing, deleting, making private."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from lederweb.demo import paragraphs
from projects.models import Idea, IdeaCollectionPage
from sitesearch.models import SearchDocument, SearchWord
from tests.projects.factories import make_project
from tests.sitesearch.support import publish, published_article, result_titles, search

pytestmark = pytest.mark.django_db


def words(*candidates):
    """{word: number of pages} for those of `candidates` the lexicon has."""
    return dict(SearchWord.objects.filter(word__in=candidates).values_list("word", "documents"))


def test_publishing_indexes_and_unpublishing_removes(client, tree):
    article = published_article("Gummistøvleledelse", "Om gummistøvler i regnvejr.")
    assert result_titles(search(client, q="gummistøvler")) == ["Gummistøvleledelse"]
    assert words("gummistøvler", "regnvejr") == {"gummistøvler": 1, "regnvejr": 1}

    article.unpublish()
    assert result_titles(search(client, q="gummistøvler")) == []
    assert not SearchDocument.objects.filter(page=article).exists()
    assert words("gummistøvler", "regnvejr") == {}


def test_republishing_replaces_the_old_text(client, tree):
    article = published_article("Vejrudsigten", "Om paraplyer.")
    published_article("Andet", "Også om paraplyer.")
    article.body = paragraphs("Om solcreme.")
    publish(article)
    assert result_titles(search(client, q="solcreme")) == ["Vejrudsigten"]
    assert result_titles(search(client, q="paraplyer")) == ["Andet"]
    assert words("paraplyer", "solcreme") == {"paraplyer": 1, "solcreme": 1}


def test_a_draft_is_not_searchable_until_published(client, tree):
    article = published_article("Kladden", "Om rullegardiner.")
    article.body = paragraphs("Om persienner.")
    article.save_revision()
    assert result_titles(search(client, q="persienner")) == []
    assert result_titles(search(client, q="rullegardiner")) == ["Kladden"]


def test_deleting_a_page_deletes_its_document_and_words(client, tree):
    project = publish(make_project("Træhusprojektet", body=paragraphs("Om træhuse.")))
    tool = IdeaCollectionPage(title="Træhusidéer", project=project)
    project.add_child(instance=tool)
    publish(tool)
    assert SearchDocument.objects.filter(page_id__in=[project.pk, tool.pk]).count() == 2
    project.delete()  # with the page below it
    assert not SearchDocument.objects.filter(page_id__in=[project.pk, tool.pk]).exists()
    assert result_titles(search(client, q="træhuse")) == []
    assert words("træhuse", "træhusprojektet") == {}


def test_private_pages_stay_out_of_the_results(client, tree, django_capture_on_commit_callbacks):
    project = publish(make_project("Lukket projekt", body=paragraphs("Om ugleunger.")))
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=project, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
        )
    assert result_titles(search(client, q="ugleunger")) == []
    publish(project)  # publishing again keeps it out
    assert result_titles(search(client, q="ugleunger")) == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert result_titles(search(client, q="ugleunger")) == ["Lukket projekt"]


def test_inline_children_are_part_of_the_page_and_choice_labels_are_not(tree):
    project = publish(make_project("Idéprojekt"))
    collection = IdeaCollectionPage(title="Idéer til mødet", project=project)
    project.add_child(instance=collection)
    Idea.objects.create(page=collection, title="Walk and talk", text="<p>Gå en tur.</p>")
    publish(collection)
    body = SearchDocument.objects.get(page=collection).body
    assert "Walk and talk" in body and "Gå en tur." in body
    assert "<p>" not in body
    article = published_article("Overskrifter", "Et afsnit.")
    article.body = [
        ("heading", {"text": "Mellemrubrikken", "level": "h2"}),
        ("paragraph", "<p>Et afsnit.</p>"),
    ]
    publish(article)
    body = SearchDocument.objects.get(page=article).body
    assert "Mellemrubrikken" in body and "H2" not in body and "h2" not in body


def test_rebuild_command_draws_progress_and_matches_the_running_index(tree):
    for n in range(3):
        published_article(f"Genopbygning {n}", f"Om kagemand nummer {n}.")
    before = dict(SearchDocument.objects.values_list("page_id", "body"))
    lexicon = dict(SearchWord.objects.values_list("word", "documents"))
    SearchWord.objects.filter(word="kagemand").update(documents=99)  # drift, to be healed
    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "Sider  [##############################] 100 %" in output.getvalue()
    assert f"Søgeindekset er bygget: {len(before)} sider." in output.getvalue()
    assert dict(SearchDocument.objects.values_list("page_id", "body")) == before
    assert dict(SearchWord.objects.values_list("word", "documents")) == lexicon
    assert lexicon["kagemand"] == 3
