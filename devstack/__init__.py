"""The development stack: the servers and processes that `make dev`, `make serve`, `make test`
and `make bench` run Lederweb with. A tool beside the site, not part of it: nothing here imports
Django or the site's settings, and the site never imports this.

    python -m devstack dev          # make dev
    python -m devstack serve        # make serve
    python -m devstack run -- CMD   # CMD against throw-away servers (make test, make bench)

The processes themselves are declared once, in the Procfile (run here by honcho, and by
docker-compose.yml's services as `honcho start NAME`)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# LEDERWEB_VAR moves the servers' data, as it moves media and mail in the settings.
VAR_DIR = Path(os.environ.get("LEDERWEB_VAR") or BASE_DIR / "var").resolve()


def say(message):
    print(f"[lederweb] {message}", flush=True)
