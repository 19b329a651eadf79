"""The demo content reads as real pages: no »Demotekst« labels or »(democitat)« in the middle of
the text; the »Om« page says once that the content is demo content."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

LABELS = ("Demotekst", "democitat", "Demoarrangement", "(demo)")


@pytest.mark.slow  # walks every page of the demo site
def test_pages_carry_no_demo_labels_and_only_the_about_page_says_demo_content(client, demo_content):
    saying_demo_content = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url, follow=True)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert not [label for label in LABELS if label in html], page.url
        if "demoindhold" in html:
            saying_demo_content.append(page.url)
    assert saying_demo_content == ["/om-vaeksthuset/"]
