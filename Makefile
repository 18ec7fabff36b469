# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make run   installs, migrates, seeds the demo and serves it on http://127.0.0.1:8000, with a
#              background worker beside the server (processing of practice recordings, indexing)
#   make test  installs the dev requirements and runs the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
# The requirements are installed with uv (pinned here), which fetches and installs in parallel: a fresh
# install takes a third of pip's time. pip only installs uv itself.
UV_VERSION := 0.13.9
UV := $(VENV)/bin/uv
UV_PIP := $(UV) pip install --quiet --python $(PY)
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core by default, each with its own test database, live
# server and Chromium. TEST_PROCESSES=0 runs the suite in this process.
TEST_PROCESSES ?= auto
# The background worker of the task backend that TASKS_BACKEND names (see config/settings/base.py).
TASKS_BACKEND ?= database
ifeq ($(TASKS_BACKEND),redis)
WORKER := rqworker --job-class django_tasks_rq.Job default
else
WORKER := db_worker --queue-name '*'
endif

.PHONY: run test install install-dev migrate seed serve worker lint check-deploy clean

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)

$(UV): $(VENV)/bin/python
	$(PIP) install uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) requirements.txt
	$(UV_PIP) -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(UV_PIP) -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

# The worker runs in the background and stops with the server (Ctrl+C).
run: seed
	@$(PY) manage.py $(WORKER) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# The background worker alone (production: one or more per server, beside `make serve`).
worker: install
	DJANGO_SETTINGS_MODULE=$${DJANGO_SETTINGS_MODULE:-config.settings.production} $(PY) manage.py $(WORKER)

test: install-dev
	$(VENV)/bin/pytest -n $(TEST_PROCESSES) --dist worksteal

lint: install-dev
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	find . -path ./.venv -prune -o -path '*/templates/*' -name '*.html' -print0 | xargs -0 $(VENV)/bin/djhtml --check
	$(VENV)/bin/mypy

# Production settings under gunicorn, against PostgreSQL. Needs SECRET_KEY,
# ALLOWED_HOSTS and DATABASE_URL in the environment (see the README).
serve: install
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(VENV)/bin/gunicorn config.wsgi \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

clean:
	rm -rf $(VENV) staticfiles test-results .pytest_cache .ruff_cache
