# The README's commands. Everything runs from the project's own virtualenv in .venv/.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
# The HTML checker (make test) and Lighthouse (make bench) come from npm, pinned in the lock.
NODE_INSTALLED := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)

.PHONY: install dev serve test test-fast test-database lint format bench browser clean translations screenshots

$(INSTALLED): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --constraint requirements.lock --editable ".[dev]"
	@if [ -d .git ]; then $(VENV)/bin/pre-commit install -f >/dev/null; fi
	@rm -f $(VENV)/.installed-*
	@touch $@

# npm ci empties node_modules/ (old stamps included). No install scripts: vnu-jar's would fetch
# a Java runtime when none is found, and the machine's own Java is the one to use.
$(NODE_INSTALLED): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

install: $(INSTALLED) $(NODE_INSTALLED)

dev: install
	$(PY) -m devstack dev

serve: install
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} SECRET_KEY=$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} $(PY) -m devstack serve

# Browser tests drive Debian's chromium; bin/ensure-chromium installs it when it is missing.
browser:
	@bin/ensure-chromium

test: install browser lint
	$(PY) -m devstack run -- $(PY) -m pytest $(PYTEST_ARGS)

# The fast tier for the edit loop: no browser, no real worker or server, no walk of every page
# (tests marked slow), on two pytest-xdist workers, each with a test database of its own.
test-fast: install
	$(PY) -m devstack run -- $(PY) -m pytest -m "not slow" -n 2 $(PYTEST_ARGS)

# Tests load their database from tests/database.sql, the dump of the migrated schema, while it
# matches the migrations (tests/database.py); after adding a migration, write it again here.
test-database: install
	$(PY) -m devstack run -- $(PY) -m tests.database

# Screenshots of every page type at 375, 768 and 1366 px into docs/screenshots/ (the README's
# gallery) and the visual-regression baselines into tests/screenshots/baselines/.
screenshots: install browser
	$(PY) -m devstack run -- $(PY) -m pytest tests/screenshots/shoot.py -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

bench: install
	$(PY) -m devstack run -- $(PY) -m bench $(BENCH_ARGS)

# Refresh locale/da (project strings and Wagtail's admin msgids) and compile it; needs gettext.
translations: install
	bin/translations

clean:
	rm -rf var/test-media var/static
