"""One quotation style in the site's Danish text: »så her«. Not „så“, “så”, «så» or
"så" (the straight ones in text a reader sees)."""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ["lederweb", "events", "projects", "publications", "newsletter", "sitesearch", "stats"]
# „ “ ” anywhere, and guillemets the wrong way round: «så» (an opening «, before a word).
FOREIGN_QUOTES = re.compile(r"[\u201e\u201c\u201d]|(?:^|[\s(])«(?=\w)", re.MULTILINE)
TEMPLATE_CODE = re.compile(
    r"{% comment %}.*?{% endcomment %}|{%.*?%}|{{.*?}}|{#.*?#}|<[^>]*>", re.DOTALL
)
STRAIGHT_QUOTED_WORDS = re.compile(r'"\w[^"\n]*"')


def template_files():
    folders = [ROOT / "templates", *(ROOT / app / "templates" for app in APPS)]
    return [f for folder in folders for f in folder.rglob("*") if f.suffix in {".html", ".txt"}]


def python_strings():
    """Every string constant in the apps' code (demo content, messages, help texts), with
    escapes such as \\u201d already decoded."""
    for app in APPS:
        for file in (ROOT / app).rglob("*.py"):
            if "migrations" in file.parts:
                continue
            for node in ast.walk(ast.parse(file.read_text(), str(file))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    yield f"{file.relative_to(ROOT)}:{node.lineno}", node.value


def test_templates_use_danish_quotation_marks():
    files = template_files()
    assert len(files) > 50
    found = []
    for file in files:
        text = TEMPLATE_CODE.sub(" ", file.read_text())
        for pattern in (FOREIGN_QUOTES, STRAIGHT_QUOTED_WORDS):
            found += [f"{file.relative_to(ROOT)}: {m.group()}" for m in pattern.finditer(text)]
    assert found == []


def test_code_and_demo_text_use_danish_quotation_marks():
    found = [
        f"{where}: {match.group()}"
        for where, value in python_strings()
        for match in FOREIGN_QUOTES.finditer(value)
    ]
    assert found == []


def test_the_check_sees_each_foreign_style():
    for text in ["Bestil „Ledelse“", "Fx “genoptryk”", "Du er tilmeldt «Temadag»"]:
        assert FOREIGN_QUOTES.search(text)
    assert STRAIGHT_QUOTED_WORDS.search(TEMPLATE_CODE.sub(" ", '<p>Læs "Ledelse" nu</p>'))
    comment = '{% comment %}A "note" for developers{% endcomment %}'
    assert not STRAIGHT_QUOTED_WORDS.search(TEMPLATE_CODE.sub(" ", comment))
    assert not FOREIGN_QUOTES.search("Du er tilmeldt »Temadag«")
