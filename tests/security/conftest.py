import os

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo_db(django_db_setup, django_db_blocker):
    """The demo content, loaded once for a whole test module (it takes half a minute) inside a
    transaction rolled back at the module's end; each test's own changes are rolled back to a
    savepoint after it, as usual."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)
