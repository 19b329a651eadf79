"""One page of every page type, as the served demo site sends it, checked by the Nu HTML
Checker (npm's vnu-jar, run with the machine's Java): no errors."""

import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest

from tests.support import BASE_DIR

VNU_JAR = BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

PUBLICATION = "/udgivelser/naervaerende-ledelse-paa-afstand/"
IDEAS = "/projekter/innovative-gaver/ideer/"
EVENT = "/arrangementer/erfaringsdag-for-projektledere/"
COURSE = "/e-kurser/ledere-der-laerer-sammen/"

# name → path; "{…}" is filled from rows made in the site's database (see `made_rows`).
PAGES = {
    "forside": "/",
    "væksthusoversigt": "/vaeksthuse/",
    "væksthus": "/vaeksthuse/mellemledere/",
    "standardside": "/om-vaeksthuset/bestyrelsen/",
    "tilgængelighedserklæring": "/tilgaengelighedserklaering/",
    "kontakt": "/kontakt/",
    "artikeloversigt": "/artikler/",
    "artikeloversigt filtreret": "/artikler/?vaeksthus=3&tema=innovation",
    "artikel": "/artikler/traen-din-innovationsmuskel/",
    "projektoversigt": "/projekter/",
    "projekt": "/projekter/fra-medarbejder-til-leder/",
    "værktøj": "/projekter/faa-mere-ud-af-dit-ledernetvaerk-ledere-der-laerer-sammen/"
    "ledere-der-laerer-sammen/",
    "idésamling": IDEAS,
    "idé": IDEAS + "2/",
    "forløb": "/projekter/fra-medarbejder-til-leder/forloebet/",
    "udgivelser": "/udgivelser/",
    "udgivelser filtreret": "/udgivelser/?vaeksthus=3&tema=frivillige",
    "udgivelse": PUBLICATION,
    "e-publikation": PUBLICATION + "laes/",
    "kapitel": PUBLICATION + "laes/2/",
    "bestilling": PUBLICATION + "bestil/",
    "bestilling modtaget": PUBLICATION + "bestil/tak/{order}/",
    "bestilling afventer bekræftelse": PUBLICATION + "bestil/tak/{pending_order}/",
    "bestilling bekræft": PUBLICATION + "bestil/bekraeft/{order_token}/",
    "bestilling ugyldigt link": PUBLICATION + "bestil/bekraeft/1-findes-ikke/",
    "arrangementer": "/arrangementer/",
    "arrangement": EVENT,
    "arrangement tilmeldt": EVENT + "tilmeldt/bekraeftet/",
    "arrangement med referat": "/arrangementer/vaeksthusdagen-2013/",
    "nyhedsbrev": "/nyhedsbrev/",
    "nyhedsbrev tak": "/nyhedsbrev/tak/",
    "nyhedsbrev bekræftet": "/nyhedsbrev/bekraeft/{confirm}/",
    "nyhedsbrev ugyldigt link": "/nyhedsbrev/bekraeft/findes-ikke/",
    "nyhedsbrev indstillinger": "/nyhedsbrev/indstillinger/{preferences}/",
    "nyhedsbrev afmeld": "/nyhedsbrev/afmeld/{leaving}/",
    "side ikke fundet": "/findes-ikke/",
    "søgning": "/soeg/?q=ledere",
    "søgning filtreret": "/soeg/?q=ledelse&type=artikel&vaeksthus=3",
    "søgning med stavefejl": "/soeg/?q=frivilige",
    "søgning uden resultater": "/soeg/?q=zxqwv",
    "temaer": "/temaer/",
    "tema": "/temaer/innovation/",
    "e-kurser": "/e-kurser/",
    "e-kursus": COURSE,
    "e-kursus modul": COURSE + "modul-1/",
    "e-kursus lektion": COURSE + "modul-1/velkommen-til-kurset/",
    "spørgeskema": "/brugerundersoegelse-2014/",
}
# Forms sent with mistakes, as a browser sends them (CSRF cookie and token): name → form
# page, where it posts to, what it sends, and the answer's status.
FORMS_WITH_ERRORS = {
    "nyhedsbrev med fejl": ("/nyhedsbrev/", "/nyhedsbrev/", {"email": "leder@kommune"}, 400),
    "bestilling med fejl": (
        PUBLICATION + "bestil/",
        PUBLICATION + "bestil/",
        {"name": "Vnu Tjek", "postcode": "123", "quantity": "60"},
        400,
    ),
    "tilmelding med fejl": (EVENT, EVENT + "tilmeld/", {"email": "ikke-en-adresse"}, 400),
}
STATUS = {
    "side ikke fundet": 404,
    "nyhedsbrev ugyldigt link": 404,
    "bestilling ugyldigt link": 404,
} | {name: status for name, (*_, status) in FORMS_WITH_ERRORS.items()}


def fetch(url, data=None, headers=None):
    """Status, headers and body, whatever the status."""
    request = urllib.request.Request(url, data, headers or {})  # noqa: S310 - our own site
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def submit(site_url, form_path, action, fields):
    """Posts `fields` with the form page's CSRF cookie and token, as a browser would (by hand:
    the cookie is marked Secure, which a browser sends to loopback but urllib does not)."""
    _, headers, form_page = fetch(site_url + form_path)
    cookie = SimpleCookie("; ".join(headers.get_all("Set-Cookie")))["csrftoken"].value
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form_page).group(1)
    data = urlencode({"csrfmiddlewaretoken": token.decode(), **fields}).encode()
    return fetch(site_url + action, data, {"Cookie": f"csrftoken={cookie}"})


def vnu_errors(files):
    """The checker's errors per file, from one run over all of them (Java starts slowly)."""
    java = shutil.which("java")
    assert java, "Java mangler til Nu HTML Checker: sudo apt-get install openjdk-17-jre-headless"
    assert VNU_JAR.exists(), f"{VNU_JAR} mangler: kør make install (npm ci)"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--stdout"]
        + [str(path) for path in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout, f"vnu skrev intet (exit {result.returncode}):\n{result.stderr}"
    errors = {path.name: [] for path in files}
    for message in json.loads(result.stdout)["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1]
        assert name in errors, f"vnu kunne ikke tjekke: {message}"
        errors[name].append(message)
    return errors


@pytest.fixture(scope="module")
def checked(demo_site, made_rows, tmp_path_factory):
    """Every page fetched, saved and checked: name → (path, status, body, vnu's errors)."""
    answers = {}
    for name, pattern in PAGES.items():
        path = pattern.format(**made_rows)
        status, _, body = fetch(demo_site.url + path)
        answers[name] = (path, status, body)
    for name, (form_path, action, fields, _) in FORMS_WITH_ERRORS.items():
        status, _, body = submit(demo_site.url, form_path, action, fields)
        answers[name] = (action, status, body)
    folder = tmp_path_factory.mktemp("vnu")
    files = {name: folder / f"side-{number:02}.html" for number, name in enumerate(answers)}
    for name, (_, _, body) in answers.items():
        files[name].write_bytes(body)
    errors = vnu_errors(list(files.values()))
    return {
        name: (path, status, body, errors[files[name].name])
        for name, (path, status, body) in answers.items()
    }


@pytest.mark.parametrize("name", [*PAGES, *FORMS_WITH_ERRORS])
def test_page_type_is_valid_html(checked, name):
    path, status, body, errors = checked[name]
    if status != STATUS.get(name, 200):
        pytest.fail(f"{path} svarede {status}", pytrace=False)
    if name in FORMS_WITH_ERRORS and b'aria-invalid="true"' not in body:
        pytest.fail(f"{path} viste ingen fejl i formularen", pytrace=False)
    report = "\n".join(
        f"{path} linje {error.get('lastLine', '?')}: {error['message']}\n"
        f"    {error.get('extract', '').strip()}"
        for error in errors
    )
    if errors:
        pytest.fail(f"Nu HTML Checker fandt {len(errors)} fejl:\n{report}", pytrace=False)
