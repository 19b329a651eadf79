import pytest

from surveys import demo
from surveys.models import SurveyPage
from surveys.results import results

pytestmark = pytest.mark.django_db


def test_the_demo_surveys_say_what_the_status_note_says(tree):
    demo.load()
    demo.load()  # idempotent
    publication = SurveyPage.objects.get(slug="publikationsundersoegelse-2013")
    found = results(publication)
    assert found.total == 403
    columns = {c.column.key: c for c in found.columns}
    assert set(publication.get_submissions().first().form_data) <= set(columns)
    assert columns["hvor_praksisnaere_er_publikationerne"].means()[0] >= 4
    assert columns["hvor_hjaelpsomme_er_publikationerne_i_dit_arbejde"].means()[0] >= 4
    assert publication.answer_state() == "closed"

    evaluation = SurveyPage.objects.get(slug="evaluering-fra-medarbejder-til-leder")
    by_municipality = results(evaluation, split="kommune")
    assert by_municipality.total == 118
    assert len(by_municipality.groups) == 1 + 20
    assert set(evaluation.get_submissions().first().form_data) <= {
        c.key for c in evaluation.columns()
    }
    assert SurveyPage.objects.get(slug="brugerundersoegelse-2014").answer_state() == "open"
