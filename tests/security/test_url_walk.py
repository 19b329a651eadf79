"""Issue 10, proof: every URL pattern of the project, taken from Django's URL resolver (and
every route of every routable page type, from the page models themselves), walked as an
anonymous visitor and as an editor who may open the admin but holds no permission at all.

A route added tomorrow is walked the day it is added: it fails here when it answers 5xx, shows
a record it guards (every such record below carries SECRET), changes the database for someone
who may not change it, or, for the editor, answers 200 without being on the short allow-list
EVERY_EDITOR below. The walk takes about a minute: one demo database for the module, the test
client, no browser."""

from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils.crypto import get_random_string
from wagtail.admin.viewsets import viewsets
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.registry import registry as setting_models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    get_page_models,
)

from events.models import EventPage, Registration
from lederweb.models import HomePage
from newsletter.models import Delivery, Issue, Subscriber
from publications.models import Order
from tests.security.samples import route_urls, sample
from tests.shared import SHARED

# Walks every route of every page type: make test-fast leaves it out.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# In every record the visitor and the editor without permissions must not see.
SECRET = "walkxq"
# In the title of the page of each type that is walked: shown while the page is public, and
# nowhere once it is restricted.
PAGE_MARKER = "Sidemaerkexq"
PDF = f"%PDF-1.4\n% {SECRET} referat\n%%EOF\n".encode()

# Admin pages anybody may open (URL names): the login, the password reset and what they load.
ANYONE = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",  # with a made-up token: »the link is invalid«
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",  # the admin's translations
    "wagtailadmin_sprite",  # the admin's icons
}


def names(namespace, *views):
    return {f"{namespace}:{view}" for view in views}


# Admin pages every editor may open, whatever his permissions (URL names). Anything else
# answering 200 to an editor without permissions fails the walk: add a route here only when
# every editor is meant to see it, and say why. (What they show is still searched for SECRET.)
EVERY_EDITOR = ANYONE | {
    "wagtailadmin_home",  # the dashboard; each panel checks its own permission
    "wagtailadmin_account",  # his own name, e-mail, password and preferences
    "wagtailadmin_dismissibles",  # which hints he has closed
    "admin/test404/",  # Wagtail's 404 page, shown as it looks
    # Wagtail's admin API: the page tree of the explorer menu (titles), and documents and
    # images outside private collections (Wagtail leaves those out, as on the public site).
    *names("wagtailadmin_api:pages", "listing", "detail", "find"),
    *names("wagtailadmin_api:documents", "listing", "detail", "find"),
    *names("wagtailadmin_api:images", "listing", "detail", "find"),
    # The editing forms' helpers: page and link choosers, tags, embeds, and the choosers of
    # documents, images and snippets (documents and images filtered to what he may choose).
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "admin/choose-external-link/",  # the same, with a missing field answered (admin_links.py)
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_tag_autocomplete",
    *names("wagtailembeds", "chooser", "chooser_upload"),
    *names("wagtaildocs_chooser", "choose", "choose_results", "chosen_multiple"),
    *names("wagtailimages_chooser", "choose", "choose_results", "chosen_multiple"),
    *(
        name
        # The survey editor chooses background questions as the page editor chooses themes.
        for snippet in ("lederweb_theme", "projects_contact", "surveys_backgroundquestion")
        for name in names(
            f"wagtailsnippetchoosers_{snippet}",
            "choose",
            "choose_results",
            "chosen",
            "chosen_multiple",
        )
    ),
    # The workflow editor's task chooser (creating a task checks the permission).
    *names("wagtailadmin_workflows", "task_chooser", "task_chooser_results"),
    *names("wagtailadmin_workflows", "task_chooser_create", "task_chosen"),
    # Whether cancelling the page's workflow needs asking (JSON, no titles); the
    # cancelling itself checks the permission.
    "wagtailadmin_pages:confirm_workflow_cancellation",
    # The page types he may add and where: filtered to his permissions (none here).
    "wagtailadmin_pages:choose_parent",
    # The site history, filtered to what he may see (nothing here).
    *names("wagtailadmin_reports", "site_history", "site_history_results"),
    # Ends his own editing session.
    "wagtailadmin_editing_sessions:release",
}
# 5xx answers that are meant: Wagtail's check that error reporting works raises on purpose for
# any editor who opens it; /healthz/ answers 503 while no Celery worker runs (as in this test).
MEANT_ERRORS = {"wagtailadmin_error_test": 500, "healthz": 503}


@dataclass(frozen=True)
class Route:
    """One URL pattern with the patterns above it, from the resolver's root down."""

    patterns: tuple
    namespaces: tuple

    @property
    def namespace(self):
        return self.namespaces[-1] if self.namespaces else ""

    @property
    def name(self):
        return ":".join((*self.namespaces, self.patterns[-1].name or ""))

    @property
    def path(self):
        return "".join(str(entry.pattern) for entry in self.patterns)

    @property
    def label(self):
        return f"{self.path} ({self.name})"

    @property
    def admin(self):
        return str(self.patterns[0].pattern) == "admin/"

    def address(self, values):
        return "/" + "".join(sample(entry.pattern, values) for entry in self.patterns)


def routes(resolver=None, above=(), namespaces=()):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from routes(entry, (*above, entry), inner)
        else:
            yield Route((*above, entry), namespaces)


def allowed(route, names):
    """Whether `names` holds the route's name (with its namespaces) or, for a route without a
    name, its path."""
    return route.name in names or route.path in names


# --- the content walked ------------------------------------------------------------------


def secret_records(event, collection):
    """A record with SECRET in it wherever the admin keeps something about people."""
    subscriber = Subscriber.objects.create(email=f"{SECRET}-abonnent@example.com", status="active")
    issue = Issue.objects.create(subject=f"{SECRET} nyhedsbrev")
    records = [
        subscriber,
        issue,
        Delivery.objects.create(issue=issue, subscriber=subscriber, error=f"{SECRET} fejl"),
        Registration.objects.create(
            event=event, name=f"{SECRET} deltager", organisation="Kommune", email="d@example.com"
        ),
        AccessAttempt.objects.create(
            username=f"{SECRET}-bruger", ip_address="10.0.0.9", failures_since_start=3
        ),
        AccessFailureLog.objects.create(username=f"{SECRET}-bruger", ip_address="10.0.0.9"),
        Redirect.objects.create(old_path=f"/{SECRET}-gammel", redirect_link="/"),
        Group.objects.create(name=f"{SECRET} gruppe"),
    ]
    order = Order.objects.order_by("pk").first()
    Order.objects.filter(pk=order.pk).update(name=f"{SECRET} bestiller")
    records.append(order)
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    records.append(
        user_model.objects.create_superuser(f"{SECRET}-admin", f"{SECRET}@example.com", None)
    )
    document = get_document_model()(title=f"{SECRET} referat", collection=collection)
    document.file.save("referat.pdf", ContentFile(PDF))
    records.append(document)
    return records


def walked_pages():
    """A live page of every page type, its title marked (the home page stays as it is)."""
    pages = []
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = model.objects.live().exact_type(model).order_by("-pk").first()
        if page is None:
            continue
        if not isinstance(page, HomePage):
            # The title lives in Wagtail's page table; no revision is needed to show it.
            Page.objects.filter(pk=page.pk).update(title=f"{PAGE_MARKER} {page.title}")
            page.refresh_from_db()
        pages.append(page)
    return pages


def editor_without_permissions():
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user("redaktoer-uden-rettigheder", "r@example.com")
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return editor


class World:
    """What the walk uses: the pages, the private document and the records, and real ids for
    the routes' parameters."""

    def __init__(self):
        collection = Collection.get_first_root_node().add_child(name="Bestyrelsen (lukket)")
        self.collection_restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="password", password="x"
        )
        self.pages = walked_pages()
        self.records = secret_records(EventPage.objects.live().first(), collection)
        self.document = self.records[-1]
        self.editor = editor_without_permissions()
        self.page = next(page for page in self.pages if page.depth > 2)
        self.values = self.parameter_values(collection)
        # A viewset may hold its model as a label ("wagtaildocs.Document") until something
        # resolves it, which depends on which tests ran first: resolve it here.
        self.models = {
            viewset.url_namespace: (
                apps.get_model(viewset.model) if isinstance(viewset.model, str) else viewset.model
            )
            for viewset in viewsets.viewsets
            if getattr(viewset, "name", None) and getattr(viewset, "model", None)
        }
        self.models["wagtailadmin_collections"] = Collection

    def parameter_values(self, collection):
        page, image = self.page, get_image_model().objects.first()
        revision = page.latest_revision_id
        values = dict.fromkeys(["page_id", "parent_page_id", "page_to_move_id", "page_pk"], page.pk)
        values.update(dict.fromkeys(["revision_id", "revision_id_a", "revision_id_b"], revision))
        values.update(dict.fromkeys(["document_id", "doc_id"], self.document.pk))
        values.update(
            destination_id=page.get_parent().pk,
            object_id=page.pk,
            image_id=image.pk,
            collection_id=collection.pk,
            redirect_id=Redirect.objects.get(old_path__contains=SECRET).pk,
            restriction_id=self.collection_restriction.pk,
            content_type_app_name=page._meta.app_label,
            content_type_model_name=page._meta.model_name,
            app_label="wagtailcore",
            model_name="page",
            app_name="newsletter",
            action="delete",
            filter_spec="max-100x100",
            esp="postmark",
        )
        return values

    def pk_for(self, route):
        """The id of a SECRET record of the model the route's admin views are about."""
        model = self.models.get(route.namespace)
        for record in self.records:
            if model is not None and isinstance(record, model):
                return record.pk
        return model.objects.first().pk if model and model.objects.exists() else 1

    def addresses(self):
        """(route, address) for every route; several addresses for the routes that serve
        many things (pages, documents, settings)."""
        extra = {
            "wagtail_serve": [page.url for page in self.pages],
            "page_file_route": [
                url
                for page in self.pages
                if isinstance(page, RoutablePageMixin)
                for _name, url in route_urls(page)
            ],
            "wagtaildocs_serve": [self.document.url],
            "wagtailsettings:edit": [
                f"/admin/settings/{model._meta.app_label}/{model._meta.model_name}/"
                for model in setting_models
            ],
        }
        for route in routes():
            values = {**self.values, "pk": self.pk_for(route)}
            yield route, route.address(values)
            if route.admin and route.name.endswith(":index"):
                # The list's CSV export and search: the same view, other answers.
                yield route, route.address(values) + f"?export=csv&q={SECRET}"
            for url in extra.get(route.name, ()):
                yield route, url
            if route.label.startswith("^media/"):
                yield route, f"/media/{self.document.file.name}"


@pytest.fixture(scope="module")
def world(_shared_demo, django_db_blocker):
    """The demo content and this module's records on it, rolled back when the module is done."""
    yield SHARED.build("url-walk", django_db_blocker, World)
    SHARED.roll_back("url-walk")


# --- asking --------------------------------------------------------------------------------


def csrf_client(user=None):
    """A client that is checked for CSRF as a browser is, with a valid token to send."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.token = get_random_string(32)
    client.cookies["csrftoken"] = client.token
    if user:
        client.force_login(user)
    return client


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace").lower()


def answers(client, url, methods=("GET", "POST", "POST+CSRF")):
    """(method, response) for a GET, a POST without a CSRF token and a POST with one."""
    if "GET" in methods:
        yield "GET", client.get(url)
    if "POST" in methods:
        yield "POST", client.post(url, {"email": "x@example.com"})
    if "POST+CSRF" not in methods:
        return
    data = {"csrfmiddlewaretoken": client.token}
    yield "POST+CSRF", client.post(url, data, HTTP_X_CSRFTOKEN=client.token)


UNTRACKED = {"django_session", "axes_accessattempt", "axes_accessfailurelog", "axes_accesslog"}


def database_state():
    """A digest of the rows of every table but the sessions and the login records, which any
    request to the login may rightly write."""
    digests = {}
    with connection.cursor() as cursor:
        for table in sorted(set(connection.introspection.table_names()) - UNTRACKED):
            quoted = connection.ops.quote_name(table)
            # The table names come from the database itself, not from a request.
            cursor.execute(
                f"SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), ''))"  # noqa: S608
                f" FROM {quoted} t"
            )
            digests[table] = cursor.fetchone()[0]
    return digests


def changed_tables(before):
    after = database_state()
    return [table for table in before if after.get(table) != before[table]]


def failed(route, response):
    code = response.status_code
    return code >= 500 and MEANT_ERRORS.get(route.name) != code


def excerpt(text, marker):
    at = text.find(marker.lower())
    return text[max(at - 80, 0) : at + 40] if at >= 0 else ""


def admin_problem(route, response, may_see, anonymous=False):
    code = response.status_code
    if failed(route, response):
        return str(code)
    if SECRET in body(response):
        return f"viser en fortrolig post: {excerpt(body(response), SECRET)}"
    if allowed(route, may_see):
        return None
    if code == 200:
        return "svarer 200"
    if anonymous and code in (301, 302) and not response["Location"].startswith("/admin/login/"):
        return f"leder til {response['Location']}"
    return None


# --- the walks -----------------------------------------------------------------------------


def test_the_walk_covers_every_kind_of_route(world):
    addresses = list(world.addresses())
    labels = " ".join(route.label for route, _url in addresses)
    for part in ("anymail/", "nyhedsbrev/", "soeg/", "healthz/", "sitemap.xml", "dokumenter/"):
        assert part in labels
    for part in ("abonnenter/", "bestillinger/", "tilmeldinger/", "login_attempts/", "users/"):
        assert f"admin/{part}" in labels
    urls = [url for _route, url in addresses]
    assert "/admin/abonnenter/?export=csv&q=walkxq" in urls
    assert any(url.endswith("kalender.ics") for url in urls)
    assert len(addresses) > 300


def walk(client, addresses, methods, problem, user=None):
    """The problems `problem(route, response)` finds, each named with its request."""
    problems = []
    for route, url in addresses:
        for method, response in answers(client, url, methods):
            found = problem(route, response)
            if found:
                problems.append(f"{method} {url} [{route.label}]: {found}")
            if user and "_auth_user_id" not in client.session:  # the walk passed the logout
                client.force_login(user)
    return problems


def public_problem(route, response):
    text = body(response)
    if failed(route, response) or SECRET in text:
        return f"{response.status_code} {excerpt(text, SECRET)}"
    return None


POSTS = ("POST", "POST+CSRF")


def test_an_anonymous_visitor_gets_no_admin_page_no_error_and_no_secret(world):
    client = csrf_client()
    addresses = list(world.addresses())
    admin = [item for item in addresses if item[0].admin]
    public = [item for item in addresses if not item[0].admin]

    def admin_check(route, response):
        return admin_problem(route, response, ANYONE, anonymous=True)

    problems = walk(client, admin, ("GET",), admin_check)
    before = database_state()
    problems += walk(client, admin, POSTS, admin_check)
    assert not changed_tables(before), "en anonym POST til admin ændrede databasen"
    shown = []

    def public_check(route, response):
        if PAGE_MARKER.lower() in body(response):
            shown.append(route)
        return public_problem(route, response)

    problems += walk(client, public, ("GET", *POSTS), public_check)
    assert not problems, "\n".join(problems)
    assert len(shown) > 20  # the public pages are there to see


def test_an_editor_without_permissions_sees_only_what_every_editor_may(world):
    client = csrf_client(world.editor)
    addresses = list(world.addresses())
    admin = [item for item in addresses if item[0].admin]

    def admin_check(route, response):
        return admin_problem(route, response, EVERY_EDITOR)

    problems = walk(client, admin, ("GET",), admin_check, world.editor)
    before = database_state()
    # (Without the token the CSRF check refuses him as it refuses the visitor.)
    problems += walk(client, admin, ("POST+CSRF",), admin_check, world.editor)
    # Only his own: the time of his (new) login and the hints he closed.
    changed = set(changed_tables(before)) - {"auth_user", "wagtailusers_userprofile"}
    assert not changed, changed
    public = [item for item in addresses if not item[0].admin]
    problems += walk(client, public, ("GET",), public_problem, world.editor)
    assert not problems, "\n".join(problems)
    # The records are there to see for an administrator: the walk can see a leak.
    client.force_login(next(r for r in world.records if getattr(r, "is_superuser", False)))
    for listing in ("abonnenter", "bestillinger", "tilmeldinger", "login_attempts"):
        assert SECRET in body(client.get(f"/admin/{listing}/")), listing
    # and who may move a page still gets Wagtail's move confirmation.
    page, parent = world.page, world.page.get_parent()
    assert client.get(f"/admin/pages/{page.pk}/move/{parent.pk}/confirm/").status_code == 200


def test_restricted_pages_and_private_documents_show_nothing_on_any_route(world):
    for page in world.pages:
        if page.depth > 2:
            PageViewRestriction.objects.create(
                page=page, restriction_type="password", password="hemmelig"
            )
    client = csrf_client()
    problems = []
    for route, url in world.addresses():
        if route.admin:
            continue
        response = client.get(url)
        text = body(response)
        if failed(route, response) or PAGE_MARKER.lower() in text or SECRET in text:
            shown = excerpt(text, PAGE_MARKER) or excerpt(text, SECRET)
            problems.append(f"GET {url} [{route.label}]: {response.status_code} {shown}")
    assert not problems, "\n".join(problems)
