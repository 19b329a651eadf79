"""A bulk load (load_demo_content) writes a hundred pages in one transaction. While it runs,
Wagtail's index tasks (the reference index and the admin search, which the immediate task
backend otherwise runs after every save, three or more times per page) are held and each runs
once, at the end; the site search leaves its per-publish indexing to the rebuild_search_index
the load ends with. What is indexed afterwards is the same: each task reads the saved row."""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django_tasks.backends.immediate import ImmediateBackend

_held_tasks = ContextVar("held_tasks", default=None)


def in_bulk_load():
    return _held_tasks.get() is not None


@contextmanager
def bulk_load():
    """Holds the tasks enqueued inside the block and runs each distinct one (task and
    arguments) once when it ends without an error, in the order of their last enqueueing."""
    held = {}
    token = _held_tasks.set(held)
    try:
        yield
    finally:
        _held_tasks.reset(token)
    for run in held.values():
        run()


class HoldingImmediateBackend(ImmediateBackend):
    """Django Tasks' immediate backend (the default, which Wagtail's tasks run on), except that
    inside bulk_load() a task waits for the end of the load."""

    def _execute_task(self, task_result):
        held = _held_tasks.get()
        if held is None:
            super()._execute_task(task_result)
            return
        key = (task_result.task.module_path, repr(task_result.args), repr(task_result.kwargs))
        held.pop(key, None)
        held[key] = partial(super()._execute_task, task_result)
