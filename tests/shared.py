"""Data many tests read, built once per run instead of once per test: the site tree, and the
demo content on top of it (the demo alone took half a minute a test).

Each level is a transaction left open on the test database. A test's own changes are rolled
back to a savepoint inside it, as pytest-django's `db` always does, so every test still starts
from the same state. The levels are rolled back at the end of the run, or as soon as a
transactional test starts: such a test (a Celery worker, a second connection) must see only
committed rows and flushes the database afterwards. tests/conftest.py runs the tests that share
after the others that use the database and before the transactional ones, so each level is
built once."""

from django.db import transaction


def is_transactional(item):
    """Whether pytest-django gives this test the database without a wrapping transaction."""
    fixtures = getattr(item, "fixturenames", ())
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    transactional = marker.kwargs.get("transaction", marker.args[0] if marker.args else False)
    return bool(transactional or marker.kwargs.get("reset_sequences"))


class SharedData:
    """The levels built so far, each an open atomic block, innermost last."""

    def __init__(self):
        self.levels = []  # (name, atomic)
        self.blocker = None

    def has(self, name):
        return any(level == name for level, _ in self.levels)

    def build(self, name, blocker, load):
        """Opens a level and runs `load` in it, unless a transactional test has already
        closed the shared levels for the rest of the run."""
        if self.blocker is not None and not self.levels:
            return
        self.blocker = blocker
        atomic = transaction.atomic()
        with blocker.unblock():
            atomic.__enter__()
            self.levels.append((name, atomic))
            load()

    def close(self):
        """Rolls every level back: what follows gets the database without them."""
        if not self.levels:
            return
        with self.blocker.unblock():
            while self.levels:
                _, atomic = self.levels.pop()
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)


SHARED = SharedData()
