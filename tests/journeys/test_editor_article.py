"""The editor's week in the admin of the running stack: a new article is created only when
the editor saves or publishes it (no stray drafts), and one with image, project, Væksthus and
theme goes live."""

import pytest

from tests.support import wait_until

pytestmark = pytest.mark.browser

ARTICLES = (
    "import json; from projects.models import ArticlePage, ArticleIndexPage; "
    "print(json.dumps([ArticlePage.objects.count(), ArticleIndexPage.objects.get().pk]))"
)


def test_walking_away_from_a_new_article_leaves_no_draft(dev_stack, editor_page):
    page = editor_page
    before, index = dev_stack.shell(ARTICLES)
    page.goto(f"{dev_stack.url}/admin/pages/add/projects/articlepage/{index}/")
    page.locator("#id_title").fill("Et udkast, som redaktøren går fra")
    page.locator("#id_introduction").fill("Skrevet og forladt.")
    # Wagtail autosaves every 500 ms by default: well past that, the editor walks away.
    page.wait_for_timeout(3000)
    page.goto(dev_stack.url + "/admin/")
    assert dev_stack.shell(ARTICLES)[0] == before

    # Saving on purpose still creates the draft, and its edit form autosaves as before.
    page.goto(f"{dev_stack.url}/admin/pages/add/projects/articlepage/{index}/")
    page.locator("#id_title").fill("En kladde, gemt med vilje")
    page.get_by_role("button", name="Gem kladde").click()
    wait_until(lambda: dev_stack.shell(ARTICLES)[0] == before + 1, 30, "kladden blev ikke gemt")


NEW_ARTICLE = """
import json
from projects.models import ArticlePage
article = ArticlePage.objects.get(title="Ledelse i en ny virkelighed")
print(json.dumps({
    "live": article.live, "url": article.url, "image": article.image_id,
    "project": article.project.title if article.project else None,
    "vaeksthuse": [s.title for s in article.vaeksthuse.all()],
    "themes": [t.name for t in article.themes.all()],
}))
"""


def test_the_editor_publishes_an_article_with_image_project_vaeksthus_and_theme(
    dev_stack, editor_page
):
    page = editor_page
    _, index = dev_stack.shell(ARTICLES)
    page.goto(f"{dev_stack.url}/admin/pages/add/projects/articlepage/{index}/")
    page.locator("#id_title").fill("Ledelse i en ny virkelighed")
    page.locator("#id_introduction").fill("Om at lede, når opgaverne skifter.")

    page.locator("#id_project-chooser .unchosen [data-chooser-action-choose]").click()
    page.locator(".modal a.choose-page").first.click()
    page.locator("#id_image-chooser .unchosen [data-chooser-action-choose]").click()
    page.locator(".modal a.image-choice").first.click()
    page.locator('input[name="vaeksthuse"]').first.check()
    page.locator('input[name="themes"]').first.check()
    page.wait_for_function("document.querySelector('#id_image').value !== ''")

    # "Udgiv" sits in the footer's menu of actions.
    page.locator('button[name="action-publish"]').dispatch_event("click")
    page.wait_for_url(f"**/admin/pages/{index}/")
    article = dev_stack.shell(NEW_ARTICLE)
    assert article["live"] and article["image"] and article["project"]
    assert article["vaeksthuse"] and article["themes"]

    page.goto(dev_stack.url + article["url"])
    assert page.get_by_role("heading", level=1).inner_text() == "Ledelse i en ny virkelighed"
    main = page.get_by_role("main")
    assert main.locator(".article__image img").get_attribute("alt")
    assert main.get_by_role("link", name=article["project"]).first.is_visible()
    assert main.get_by_role("link", name=article["themes"][0]).first.is_visible()
