"""Data many tests read, built once per run instead of once per test: the front page, the site
tree on it, and the demo content on top of that (the demo alone took half a minute a test).

Each level is a transaction left open on the test database. A test's own changes are rolled
back to a savepoint inside it, as pytest-django's `db` always does, so every test still starts
from the same state. The levels are rolled back at the end of the run, or as soon as a
transactional test starts: such a test (a Celery worker, a second connection) must see only
committed rows and flushes the database afterwards; a test that does not ask for a level does
not run on it either. tests/conftest.py runs the tests that share after the others that use the
database and before the transactional ones, so each level is built once (once per worker under
pytest-xdist, whose `-n` keeps that order on each worker). A module may build a level of its
own on them and roll it back when it is done (tests/security/test_url_walk.py)."""

from django.db import connection, transaction


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
        """Opens a level on the ones open and returns what `load` returns, run in it."""
        self.blocker = blocker
        atomic = transaction.atomic()
        with blocker.unblock():
            atomic.__enter__()
            self.levels.append((name, atomic))
            try:
                loaded = load()
                # Django checks the deferred foreign keys after every test; checked here once,
                # the level's own are not pending in each test again (0.15 s a test).
                connection.check_constraints()
                return loaded
            except BaseException:
                self.roll_back(name)
                raise

    def roll_back(self, name=None):
        """Rolls back the level `name` and those built on it, or every level: what follows
        gets the database without them."""
        if name is not None and not self.has(name) or not self.levels:
            return
        with self.blocker.unblock():
            while self.levels:
                level, atomic = self.levels.pop()
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                if level == name:
                    return


SHARED = SharedData()
