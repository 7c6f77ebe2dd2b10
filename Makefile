# Two commands on a fresh clone: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run serve test bench sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian packages the tests use: poppler-utils (pdftoppm renders worksheet pages),
# chromium (browser tests), fonts. Installed only where missing.
sysdeps:
	@if ! command -v pdftoppm >/dev/null || ! command -v chromium >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils chromium; \
		else \
			echo "please install poppler-utils and chromium (Debian packages)"; \
		fi; \
	fi

# The web app on http://127.0.0.1:5000 (SQLite under instance/): migrations, sample lessons, sign-in help.
run: $(STAMP)
	$(VENV)/bin/flask --app webapp setup --url http://127.0.0.1:5000
	$(VENV)/bin/flask --app webapp run --host 127.0.0.1 --port 5000

# Production: gunicorn, 2 x cores + 1 workers (set DATABASE_URL for PostgreSQL, QUIZGEN_HTTPS=1 behind https).
serve: $(STAMP)
	$(VENV)/bin/flask --app webapp setup --url http://$${HOST:-127.0.0.1}:$${PORT:-8000}
	$(VENV)/bin/gunicorn --workers $$(( 2 * $$(nproc) + 1 )) --bind $${HOST:-127.0.0.1}:$${PORT:-8000} \
		--access-logfile - 'webapp:create_app()'

test: $(STAMP) sysdeps
	$(PY) -m pytest -q

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache build dist
