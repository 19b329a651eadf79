"""PostgreSQL and Redis for a run: the ones DATABASE_URL / REDIS_URL name, or embedded ones."""

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from devstack import VAR_DIR, say
from devstack.postgres import EmbeddedPostgres, ensure_database
from devstack.processes import web_address
from devstack.redis import EmbeddedRedis

# What `make dev` started, for a second terminal's manage.py (lederweb/settings/embedded.py).
STATE_FILE = VAR_DIR / "stack.json"


@contextmanager
def servers(*, persistent):
    """Yields an environment with DATABASE_URL and REDIS_URL, starting embedded servers
    for whichever is not set. Persistent servers live under var/; others in a temp dir.
    Each runs in a session of its own: one Ctrl-C reaches the site's processes first, and
    the servers are stopped after them."""
    env = dict(os.environ)
    started = []
    root = VAR_DIR if persistent else Path(tempfile.mkdtemp(prefix="lederweb-"))
    state = json.loads(STATE_FILE.read_text()) if persistent and STATE_FILE.exists() else {}
    try:
        if not env.get("DATABASE_URL"):
            say("starter den indlejrede PostgreSQL …")
            postgres = EmbeddedPostgres(root / "postgres", durable=persistent)
            started.append(postgres.start())
            env["DATABASE_URL"] = postgres.url("lederweb")
        if not env.get("REDIS_URL"):
            say("starter den indlejrede Redis …")
            redis = EmbeddedRedis(root / "redis", durable=persistent, port=state.get("redis_port"))
            started.append(redis.start())
            env["REDIS_URL"] = redis.url()
            state["redis_port"] = redis.port
        ensure_database(env["DATABASE_URL"])
        if persistent:
            # Links in mails, feeds and the sitemap follow the port served (`PORT=8400 make
            # dev`); a second terminal's manage.py reads the address here (settings/dev.py).
            env.setdefault("SITE_URL", f"http://{web_address()}")
            VAR_DIR.mkdir(exist_ok=True)
            for name in ("DATABASE_URL", "REDIS_URL", "SITE_URL"):
                state[name] = env[name]
            STATE_FILE.write_text(json.dumps(state, indent=2))
        yield env
    finally:
        for server in reversed(started):
            server.stop()
        if persistent:
            STATE_FILE.unlink(missing_ok=True)
        else:
            shutil.rmtree(root, ignore_errors=True)
