"""The development stack is a tool beside the site: `make dev` starting it loads none of the
site, so it chooses no settings for the processes it runs (nor for pytest under `make test`)."""

import json
import os
import subprocess
import sys

from tests.support import BASE_DIR

LOADED = """
import json, os, sys
import devstack.__main__
print(json.dumps({
    "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("django", "lederweb")),
    "settings": os.environ.get("DJANGO_SETTINGS_MODULE"),
}))
"""


def test_importing_the_stack_loads_neither_django_nor_the_site():
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-c", LOADED], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"modules": [], "settings": None}
