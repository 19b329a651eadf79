"""The tests' database dump (tests/database.py) is the migrated schema, to the byte."""

import re

import pytest
from django.db import connection

from tests import database
from tests.support import database_url

# What differs between two builds of one schema: the version comments, the times migrations
# were applied, and the random translation keys Wagtail's migrations give the first pages.
DIFFERS = [
    (re.compile(r"^-- Dumped (from|by) .*$", re.MULTILINE), ""),
    (re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00"), "<time>"),
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<uuid>"),
]


def comparable(text):
    for pattern, replacement in DIFFERS:
        text = pattern.sub(replacement, text)
    return text


@pytest.mark.slow
def test_the_dump_is_what_the_migrations_make_now():
    migrated = database_url(connection.settings_dict, "lederweb_database_migrated")
    assert database.is_current(migrated), (
        "tests/database.sql passer ikke til migrationerne: kør `make test-database` og commit den"
    )
    database.migrate(migrated)
    try:
        made_now = database.dump(migrated)
    finally:
        database.drop(migrated)
    stored = database.DUMP.read_text().split("\n", 1)[1]
    assert comparable(stored) == comparable(made_now)
