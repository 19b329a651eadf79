"""The servers `make dev` started (var/stack.json), for the development and test settings only:
a second terminal's manage.py talks to the same database and Redis as the running site.
Production settings never read the file (lederweb/settings/base.py requires the variables)."""

import json
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def use_embedded_servers(names=("DATABASE_URL", "REDIS_URL"), optional=()):
    """Sets each unset variable of `names` from var/stack.json (LEDERWEB_VAR moves it), and of
    `optional` where the file has it (SITE_URL: the address the running stack serves)."""
    missing = [name for name in names if not os.environ.get(name)]
    unset_optional = [name for name in optional if not os.environ.get(name)]
    if not missing and not unset_optional:
        return
    state_file = Path(os.environ.get("LEDERWEB_VAR") or BASE_DIR / "var").resolve() / "stack.json"
    if not state_file.exists():
        if not missing:
            return
        raise ImproperlyConfigured(
            f"{', '.join(missing)} er ikke sat, og den indlejrede server kører ikke. "
            f"Start `make dev` i en anden terminal, eller sæt {' og '.join(missing)}."
        )
    state = json.loads(state_file.read_text())
    for name in missing:
        os.environ[name] = state[name]
    for name in unset_optional:
        if state.get(name):
            os.environ[name] = state[name]
