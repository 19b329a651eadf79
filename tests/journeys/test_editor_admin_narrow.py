"""The editor's daily admin screens on a 320-pixel phone, in the running stack: the dashboard,
the page explorer, a new article written and published, the newsletter issue's edit, preview,
status and send pages, and the orders and registrations lists. On each, axe finds nothing (no
rule is left out, Wagtail's own markup included), the page does not scroll sideways and no
heading runs off the screen."""

import pytest

from tests.browser import accessibility_problems, cut_headings, horizontal_overflow

pytestmark = pytest.mark.browser

# A draft issue holding an article, a publication and an event; an order and a registration,
# so that the lists have rows.
SET_UP = """
import json
from events.models import EventPage, Registration
from newsletter.models import Issue, IssueItem
from projects.models import ArticleIndexPage, ArticlePage
from publications.models import Order, PublicationPage

issue = Issue.objects.create(subject="Nyhedsbrevet set på en telefon")
for order, model in enumerate([ArticlePage, PublicationPage, EventPage]):
    IssueItem.objects.create(issue=issue, page=model.objects.live().first(), sort_order=order)
Order.objects.create(
    publication=PublicationPage.objects.live().first(), name="Telefon Leder",
    organisation="Smal Kommune", address="Torvet 1", postcode="7100", city="Vejle",
    email="telefon@smal-kommune.dk", quantity=2,
)
Registration.objects.create(
    event=EventPage.objects.live().first(), name="Telefon Leder", organisation="Smal Kommune",
    email="telefon@smal-kommune.dk", note="Kommer med tog.",
)
print(json.dumps({"issue": issue.pk, "articles": ArticleIndexPage.objects.get().pk}))
"""

NEW_ARTICLE = """
import json
from projects.models import ArticlePage
print(json.dumps(ArticlePage.objects.get(title="Ledelse set fra en telefon").pk))
"""


def test_the_editors_daily_screens_at_320_px(dev_stack, editor_page):
    state = dev_stack.shell(SET_UP)
    page = editor_page
    page.set_viewport_size({"width": 320, "height": 740})
    problems = {}

    def check(path):
        response = page.goto(dev_stack.url + path)
        assert response.ok, f"{path}: {response.status}"
        check_here(path)

    def check_here(name):
        page.wait_for_load_state("networkidle")
        found = accessibility_problems(page)
        overflow = horizontal_overflow(page)
        if overflow > 0:
            found.append(f"siden er {overflow} px for bred")
        found += [f"overskriften »{text}« går ud over skærmen" for text in cut_headings(page)]
        if found:
            problems[name] = found

    check("/admin/")
    articles = state["articles"]
    check(f"/admin/pages/{articles}/")

    check(f"/admin/pages/add/projects/articlepage/{articles}/")
    page.locator("#id_title").fill("Ledelse set fra en telefon")
    page.locator("#id_introduction").fill("Skrevet og udgivet på en smal skærm.")
    page.locator('button[name="action-publish"]').dispatch_event("click")
    page.wait_for_url(f"**/admin/pages/{articles}/")
    check_here(f"/admin/pages/{articles}/ efter udgivelsen")
    check(f"/admin/pages/{dev_stack.shell(NEW_ARTICLE)}/edit/")

    issue = state["issue"]
    check(f"/admin/nyhedsbreve/edit/{issue}/")
    check(f"/admin/nyhedsbreve/{issue}/preview/")
    check(f"/admin/nyhedsbreve/{issue}/status/")
    check(f"/admin/nyhedsbreve/{issue}/send_now/")
    check("/admin/bestillinger/")
    check("/admin/tilmeldinger/")

    assert not problems, "\n\n".join(
        f"{name}:\n" + "\n".join(found) for name, found in problems.items()
    )
