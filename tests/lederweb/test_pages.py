import pytest
from django.core.management import call_command
from wagtail.models import Page

from lederweb.models import HomePage, StandardPage
from lederweb.text import danish_slugify

pytestmark = pytest.mark.django_db

CONTRACT_PAGES = {
    "/": "Lederweb",
    "/vaeksthuse/topledere/": "Væksthus for topledere",
    "/vaeksthuse/mellemledere/": "Væksthus for mellemledere",
    "/vaeksthuse/institutions-og-afdelingsledere/": "Væksthus for institutions- og afdelingsledere",
    "/om-vaeksthuset/": "Om Væksthuset",
    "/om-vaeksthuset/bestyrelsen/": "Bestyrelsen",
    "/tilgaengelighedserklaering/": "Tilgængelighedserklæring",
    "/kontakt/": "Kontakt",
}


@pytest.mark.parametrize(("path", "title"), CONTRACT_PAGES.items())
def test_contract_pages_are_served(client, demo_content, path, title):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert '<html lang="da">' in html


def test_accessibility_statement_has_the_required_sections(client, demo_content):
    html = client.get("/tilgaengelighedserklaering/").content.decode()
    for heading in [
        "Overholdelsesstatus",
        "Ikke-tilgængeligt indhold",
        "Udarbejdelse af denne tilgængelighedserklæring",
        "Feedback og kontaktoplysninger",
        "Håndhævelsesprocedure",
    ]:
        assert f"<h2>{heading}</h2>" in html


def test_demo_content_is_idempotent(demo_content):
    count = Page.objects.count()
    revisions = HomePage.objects.get().revisions.count()
    call_command("load_demo_content")
    assert Page.objects.count() == count
    assert HomePage.objects.get().revisions.count() == revisions


def test_top_menu_has_at_most_six_entries(client, demo_content):
    home = HomePage.objects.get()
    for number in range(8):
        home.add_child(instance=StandardPage(title=f"Menupunkt {number}", show_in_menus=True))
    html = client.get("/").content.decode()
    menu = html.split('aria-label="Hovedmenu"')[1].split("</nav>")[0]
    assert menu.count("<li>") == 6


def test_unknown_page_is_a_danish_404(client, demo_content):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    assert "Siden findes ikke" in response.content.decode()


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Nærværende ledelse på afstand", "naervaerende-ledelse-paa-afstand"),
        ("Ældre Øer Å", "aeldre-oeer-aa"),
        ("Træn din innovationsmuskel", "traen-din-innovationsmuskel"),
    ],
)
def test_danish_slugs(title, slug):
    assert danish_slugify(title) == slug


def test_new_pages_get_danish_slugs(demo_content):
    home = HomePage.objects.get()
    page = StandardPage(title="Nærværende ledelse på afstand")
    home.add_child(instance=page)
    assert page.slug == "naervaerende-ledelse-paa-afstand"
    edited = StandardPage(title="Ledelse", slug="ledelse-på-tværs")
    home.add_child(instance=edited)
    assert edited.slug == "ledelse-paa-tvaers"


def test_robots_txt_points_at_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http" in body and "/sitemap.xml" in body


def test_contact_details_come_from_the_site_settings(client, demo_content):
    from wagtail.models import Site

    from lederweb.models import SiteSettings

    details = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    details.address, details.phone, details.email = "Gade 1\n2300 Kbh S", "12 34 56 78", "s@x.dk"
    details.save()

    html = client.get("/kontakt/").content.decode()

    main, footer = html.split('<footer class="site-footer">')
    for part in (main, footer):
        assert "Gade 1<br>2300 Kbh S" in part
        assert '<a href="tel:12345678">12 34 56 78</a>' in part
        assert '<a href="mailto:s@x.dk">s@x.dk</a>' in part
    assert 'href="/kontakt/"' in footer
    partners = footer.split('<ul class="partners">')[1].split("</ul>")[0]
    for partner in ["KL", "Danske Regioner", "KTO", "Sundhedskartellet"]:
        assert f"<li>{partner}</li>" in partners
