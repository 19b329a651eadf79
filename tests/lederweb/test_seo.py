"""What every page tells search engines and social media: canonical address, description,
Open Graph and Twitter card tags, and JSON-LD that parses and says the right things."""

import datetime

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils import timezone
from wagtail.models import Site

from events.models import EventIndexPage
from lederweb.models import SiteSettings, StandardPage
from lederweb.seo import absolute_url
from projects.models import Contact
from tests.events.conftest import make_event
from tests.lederweb.seo_support import head_of, read_head
from tests.projects.factories import make_article, make_project, small_image
from tests.publications.factories import make_publication
from tests.support import SITE_URL, caches_with_redis_down

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_url")]


def test_description_is_the_search_description_else_the_lead_shortened(client, tree):
    long_lead = "Ledelse på afstand kræver tillid og nærvær. " * 10
    article = make_article("Langt manchet", introduction=long_lead)
    described = make_article("Beskrevet", introduction=long_lead, search_description="Kort.")
    head = head_of(client, article.url)
    assert len(head.meta["description"]) == 160
    assert head.meta["description"].endswith("…")
    assert long_lead.startswith(head.meta["description"][:-1])
    assert head.meta["og:description"] == head.meta["description"]
    assert head_of(client, described.url).meta["description"] == "Kort."


def test_page_without_a_lead_borrows_the_front_pages(client, tree):
    page = StandardPage(title="Uden manchet")
    tree.add_child(instance=page)
    assert head_of(client, page.url).meta["description"] == tree.introduction


def test_seo_title_is_the_title_everywhere(client, tree):
    article = make_article("Titel", seo_title="Bedre titel til søgemaskiner")
    head = head_of(client, article.url)
    assert head.title == "Bedre titel til søgemaskiner | Lederweb"
    assert head.meta["og:title"] == "Bedre titel til søgemaskiner"
    assert head.thing("Article")["headline"] == "Bedre titel til søgemaskiner"


def test_canonical_is_on_site_url_whatever_the_host_and_drops_filters(client, tree, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.eksempel.dk"]
    make_article("En artikel")
    head = head_of(client, "/artikler/?vaeksthus=2&side=2&aar=2013", HTTP_HOST="www.eksempel.dk")
    assert head.canonical == f"{SITE_URL}/artikler/?side=2"
    assert head_of(client, "/artikler/?side=1").canonical == f"{SITE_URL}/artikler/"
    assert head_of(client, "/artikler/?side=x").canonical == f"{SITE_URL}/artikler/"
    assert head_of(client, "/artikler/?side=²").canonical == f"{SITE_URL}/artikler/"


def test_one_absolute_url_for_a_path_a_page_and_a_stored_file(tree):
    article = make_article("En artikel")
    assert absolute_url("/artikler/") == f"{SITE_URL}/artikler/"
    assert absolute_url(article) == f"{SITE_URL}/artikler/en-artikel/"
    assert absolute_url(article.page_ptr) == f"{SITE_URL}/artikler/en-artikel/"
    assert absolute_url("https://cdn.example.org/a.jpg") == "https://cdn.example.org/a.jpg"
    # A page outside every site has no address to link to.
    assert absolute_url(tree.get_parent()) is None


def test_share_image_chosen_else_own_picture_else_site_default(client, tree):
    own = small_image("Artiklens billede", alt="To ledere i samtale")
    chosen = small_image("Delebillede", alt="Væksthusets logo på en mur")
    with_own = make_article("Med eget billede", image=own)
    with_both = make_article("Med delebillede", image=own, social_image=chosen)
    without = make_article("Uden billede")
    default = SiteSettings.for_site(Site.objects.get(is_default_site=True)).share_image

    assert head_of(client, with_own.url).meta["og:image:alt"] == "To ledere i samtale"
    assert head_of(client, with_both.url).meta["og:image:alt"] == "Væksthusets logo på en mur"
    head = head_of(client, without.url)
    assert head.meta["og:image:alt"] == default.default_alt_text
    assert (
        head.meta["og:image"] == SITE_URL + default.get_rendition("fill-1200x630|format-jpeg").url
    )


def test_without_any_picture_the_card_is_a_summary(client, tree):
    details = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    details.share_image = None
    details.save()
    head = head_of(client, make_article("Helt uden billede").url)
    assert "og:image" not in head.meta
    assert head.meta["twitter:card"] == "summary"


def test_article_json_ld(client, tree):
    author = Contact.objects.create(name="Mette Holm", role="Projektleder", organisation="KL")
    article = make_article(
        "Nærværende ledelse", date=(2013, 5, 2), author=author, image=small_image()
    )
    article.save_revision().publish()
    head = head_of(client, article.url)
    data = head.thing("Article")
    assert data["headline"] == "Nærværende ledelse"
    assert data["datePublished"] == "2013-05-02"
    assert datetime.datetime.fromisoformat(data["dateModified"]) > timezone.now() - (
        datetime.timedelta(minutes=5)
    )
    assert data["author"] == {
        "@type": "Person",
        "name": "Mette Holm",
        "jobTitle": "Projektleder",
        "worksFor": {"@type": "Organization", "name": "KL"},
    }
    assert data["image"] == [head.meta["og:image"]]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Væksthus for Ledelse"
    assert data["publisher"]["logo"].startswith(f"{SITE_URL}/static/img/logo")
    assert data["mainEntityOfPage"] == data["url"] == head.canonical
    assert head.meta["og:type"] == "article"


def test_breadcrumb_list_follows_the_tree(client, tree):
    article = make_article("Smuler")
    crumbs = head_of(client, article.url).thing("BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Forside", f"{SITE_URL}/"),
        (2, "Artikler", f"{SITE_URL}/artikler/"),
        (3, "Smuler", f"{SITE_URL}/artikler/smuler/"),
    ]


def test_a_sub_page_adds_itself_to_the_trail(client, tree):
    chapter = ("chapter", {"title": "Tillid", "body": "<p>Tekst.</p>"})
    publication = make_publication("Ledelse på afstand", reading_edition=[chapter])
    head = head_of(client, f"{publication.url}laes/1/")
    crumbs = head.thing("BreadcrumbList")["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == [
        "Forside",
        "Udgivelser",
        "Ledelse på afstand",
        "Tillid – Ledelse på afstand",
    ]
    assert crumbs[-1]["item"] == head.canonical == f"{SITE_URL}{publication.url}laes/1/"
    crumbs = head_of(client, publication.url).thing("BreadcrumbList")["itemListElement"]
    assert crumbs[-1]["name"] == "Ledelse på afstand"


def test_publication_is_a_book_with_both_isbns(client, tree):
    publication = make_publication(
        "Ledelse af overgange",
        year=2012,
        isbn_print="978-87-7488-000-4",
        isbn_electronic="978-87-7488-001-1",
        cover=small_image("Forside", alt="Forsiden af publikationen"),
    )
    head = head_of(client, publication.url)
    book = head.thing("Book")
    assert book["name"] == "Ledelse af overgange"
    assert book["datePublished"] == "2012"
    assert book["publisher"]["name"] == "Væksthus for Ledelse"
    assert book["workExample"] == [
        {
            "@type": "Book",
            "isbn": "978-87-7488-000-4",
            "bookFormat": "https://schema.org/Paperback",
        },
        {"@type": "Book", "isbn": "978-87-7488-001-1", "bookFormat": "https://schema.org/EBook"},
    ]
    assert head.meta["og:type"] == "book"
    assert head.meta["og:image:alt"] == "Forsiden af publikationen"


def test_event_json_ld(client, tree):
    index = EventIndexPage(title="Arrangementer", slug="arrangementer")
    tree.add_child(instance=index)
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
    event = make_event(
        index, title="Dialogmøde om nærvær", start=start, end=start + datetime.timedelta(hours=3)
    )
    data = head_of(client, event.url).thing("Event")
    assert data["name"] == "Dialogmøde om nærvær"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {
        "@type": "Place",
        "name": "KL",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Weidekampsgade 10",
            "postalCode": "2300",
            "addressLocality": "København S",
            "addressCountry": "DK",
        },
    }
    assert data["organizer"]["name"] == "Væksthus for Ledelse"


def test_front_page_names_the_organisation(client, tree):
    head = head_of(client, "/")
    organisation = head.thing("Organization")
    assert organisation["name"] == "Væksthus for Ledelse"
    assert organisation["url"] == f"{SITE_URL}/"
    assert organisation["logo"] == SITE_URL + static("img/logo.png")
    assert finders.find("img/logo.png")
    assert not head.things("BreadcrumbList")


def test_project_and_section_pages_have_their_trail(client, tree):
    project = make_project("Fra medarbejder til leder", sections=[1])
    assert head_of(client, project.url).thing("BreadcrumbList")["itemListElement"][-1] == {
        "@type": "ListItem",
        "position": 3,
        "name": "Fra medarbejder til leder",
        "item": f"{SITE_URL}/projekter/fra-medarbejder-til-leder/",
    }
    section = head_of(client, "/vaeksthuse/topledere/").thing("BreadcrumbList")
    assert [c["name"] for c in section["itemListElement"]] == [
        "Forside",
        "Væksthusene",
        "Væksthus for topledere",
    ]


def test_a_title_cannot_break_out_of_the_script(client, tree):
    title = '</script><script>alert("hej")</script> & <!-- x'
    article = make_article(title, slug="farlig-titel")
    html = client.get(article.url).content.decode()
    head = read_head(html)
    assert head.thing("Article")["headline"] == title
    script = head.raw_json_ld[0]
    assert "<" not in script and ">" not in script
    assert html.count("<script") == html.count("</script>")
    assert '<script>alert("hej")' not in html


def test_newsletter_page_has_tags_and_a_trail_of_two(client, tree):
    head = head_of(client, "/nyhedsbrev/")
    assert head.canonical == f"{SITE_URL}/nyhedsbrev/"
    assert head.meta["description"].startswith("Få Lederwebs ugentlige nyhedsbrev")
    assert head.meta["og:title"] == "Tilmeld dig nyhedsbrevet"
    assert [c["name"] for c in head.thing("BreadcrumbList")["itemListElement"]] == [
        "Forside",
        "Tilmeld dig nyhedsbrevet",
    ]


def test_missing_page_recommends_no_address(client, tree):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    head = read_head(response.content.decode())
    assert head.canonical is None and not head.json_ld


def test_article_page_head_costs_no_queries_once_built(client, tree, django_assert_max_num_queries):
    article = make_article("Artikel", image=small_image(), themes=["Innovation"])
    client.get(article.url)  # renditions and caches are made on the first view
    with django_assert_max_num_queries(4) as captured:
        html = client.get(article.url).content.decode()
    assert read_head(html).thing("Article")["image"]
    head_tables = [
        "wagtailimages_",
        "lederweb_sitesettings",
        "projects_contact",
        "wagtailcore_site",
    ]
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert not any(table in sql for table in head_tables), sql


def test_head_is_rebuilt_when_the_page_changes(client, tree):
    article = make_article("Før")
    assert head_of(client, article.url).meta["og:title"] == "Før"
    article.title = "Efter"
    article.save_revision().publish()
    head = head_of(client, article.url)
    assert head.meta["og:title"] == "Efter"
    assert head.thing("Article")["headline"] == "Efter"


def test_previews_show_unsaved_changes_and_are_never_kept(client, tree):
    article = make_article("Udgivet")
    article.save_revision().publish()
    assert head_of(client, article.url).meta["og:title"] == "Udgivet"
    article.title = "Kladde"
    article.introduction = "Endnu ikke udgivet."
    preview = read_head(article.make_preview_request().content.decode())
    assert preview.thing("Article")["headline"] == "Kladde"
    assert preview.meta["description"] == "Endnu ikke udgivet."
    head = head_of(client, article.url)
    assert head.thing("Article")["headline"] == "Udgivet"
    assert head.meta["description"] != "Endnu ikke udgivet."


def test_head_is_built_while_redis_is_down(client, tree, settings):
    article = make_article("Skrevet under nedbruddet", image=small_image(alt="Et nedbrud"))
    settings.CACHES = caches_with_redis_down(settings.CACHES)
    head = head_of(client, article.url)
    assert head.thing("Article")["headline"] == "Skrevet under nedbruddet"
    assert head.meta["og:image:alt"] == "Et nedbrud"


def test_editors_choose_the_pictures_in_the_admin(admin_client, tree):
    article = make_article("Redigeres")
    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "Billede ved deling" in html
    site = Site.objects.get(is_default_site=True)
    html = admin_client.get(f"/admin/settings/lederweb/sitesettings/{site.pk}/").content.decode()
    assert "Standardbillede ved deling" in html
