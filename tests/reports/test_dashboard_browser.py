"""The "Statistik" dashboard in an editor's browser on the served demo site: from the admin's
menu to a chosen period, the charts with their figures as tables beside them, no axe
violations, and a table downloaded as CSV."""

import csv
import io

import pytest

from tests.browser import assert_accessible
from tests.support import run_in_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME, PASSWORD = "statistik-redaktoer", "statistik-redaktoer-1"

# An editor of the Redaktører group who may also see the statistics.
MAKE_EDITOR = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}")
user.save()
user.groups.add(Group.objects.get(name="Redaktører"))
user.user_permissions.add(Permission.objects.get(codename="view_statusnote"))
print(json.dumps(user.pk))
"""


@pytest.fixture
def editor_page(browser, demo_site):
    run_in_site(demo_site, MAKE_EDITOR)
    context = browser.new_context(locale="da-DK", accept_downloads=True)
    page = context.new_page()
    page.goto(demo_site.url + "/admin/login/")
    page.locator("#id_username").fill(USERNAME)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(demo_site.url + "/admin/")
    yield page
    context.close()


def test_an_editor_picks_a_period_and_reads_and_exports_its_figures(editor_page, demo_site):
    page = editor_page
    page.get_by_role("button", name="Statistik", exact=True).click()
    page.get_by_role("list", name="Statistik").get_by_role("link", name="Oversigt").click()
    page.wait_for_url("**/admin/statistik/")

    page.get_by_label("Periode", exact=True).select_option("custom")
    page.get_by_label("Fra (dd.mm.åååå)", exact=True).fill("1.1.2013")
    page.get_by_label("Til (dd.mm.åååå)", exact=True).fill("30.9.2013")
    page.get_by_role("button", name="Vis", exact=True).click()
    page.get_by_role(
        "heading", name="Perioden 1.1.2013 – 30.9.2013 mod 1.1.2012 – 30.9.2012"
    ).wait_for()

    key_figures = page.get_by_role("table", name="Nøgletal", exact=True)
    visits = key_figures.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Besøg", exact=True)
    )
    assert visits.get_by_role("cell").all_inner_texts()[:2] == ["527.131", "506.088"]
    chart = page.locator("figure.chart", has_text="Besøg pr. måned")
    assert chart.locator("svg[role=img]").count() == 1
    # The chart's figures as a table beside it: one row per month of the period.
    assert chart.locator("table tbody tr").count() == 9
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Hent »Trykte eksemplarer« som CSV", exact=True).click()
    assert download.value.suggested_filename == "trykte-20130101-20130930.csv"
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Publikation", "Trykt i alt", "Bestilt i perioden", "Sendt i perioden"]
    printed = {row[0]: row[1] for row in rows[1:]}
    assert printed["Ledelse af frivillige"] == "7000"
