"""A course is content like the rest: a new one goes into the weekly newsletter, onto the
section pages of its Væksthuse, and into the search with its own type filter."""

import pytest
from django.utils import timezone

from lederweb.models import SectionPage
from newsletter import planning
from tests.courses.conftest import make_course
from tests.sitesearch.support import published_article, result_titles, search

pytestmark = pytest.mark.django_db


def published_course(tree, title, slug, sections=(), body_word=""):
    """A course published as an editor publishes it (the index and the newsletter see it)."""
    course, _ = make_course(tree, title=title, slug=slug)
    course.vaeksthuse.set(SectionPage.objects.filter(number__in=sections))
    if body_word:
        course.body = [("paragraph", f"<p>Kurset handler om {body_word}.</p>")]
    course.save_revision().publish()
    return course


def test_a_new_course_goes_into_the_weekly_newsletter(tree, editor_client):
    course = published_course(tree, "Ledere der lærer sammen", "ledere-der-laerer-sammen")
    issue = planning.compose(timezone.now())
    assert [item.page_id for item in issue.items.all()] == [course.pk]

    preview = editor_client.get(f"/admin/nyhedsbreve/{issue.pk}/preview/")
    html = preview.content.decode()
    assert preview.status_code == 200
    assert ">E-kurser</h2>" in html and "Ledere der lærer sammen" in html
    assert course.full_url in html


def test_a_section_page_lists_the_courses_marked_with_its_vaeksthus(client, tree):
    published_course(tree, "Kursus for væksthus 2", "kursus-2", sections=[2])
    published_course(tree, "Kursus for væksthus 3", "kursus-3", sections=[3])

    html = client.get(SectionPage.objects.get(number=2).url).content.decode()
    assert '<h2 id="section-courses">E-kurser</h2>' in html
    assert "Kursus for væksthus 2" in html and "Kursus for væksthus 3" not in html
    assert "E-kursus · Væksthus 2" in html


def test_the_search_finds_a_course_and_filters_on_courses(client, tree):
    word = "sparringsmodellen"
    published_course(tree, "Sparring i ledergruppen", "sparring", body_word=word)
    published_article("Om sparring", f"Artiklen nævner {word}.")

    response = search(client, q=word)
    assert sorted(result_titles(response)) == ["Om sparring", "Sparring i ledergruppen"]
    assert '<option value="e-kursus">E-kurser</option>' in response.content.decode()

    only_courses = search(client, q=word, type="e-kursus")
    assert result_titles(only_courses) == ["Sparring i ledergruppen"]
    assert 'search-result__meta">E-kursus' in only_courses.content.decode()
