# Two commands on a fresh clone: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run serve test lint lock bench soak check sysdeps wordnet clean

# Installs exactly the versions in constraints.txt, so a new upstream release can't change a fresh
# clone (with pytest's filterwarnings = error, a new deprecation warning would fail the suite).
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade 'pip>=24'
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Refresh constraints.txt from what pyproject.toml allows today (then run make test and commit both).
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/python -m pip install -q --upgrade 'pip>=24' && .lockvenv/bin/python -m pip install -q -e '.[dev]'
	( echo "# Exact versions a fresh clone installs (make lock refreshes it)."; \
	  .lockvenv/bin/python -m pip freeze --exclude-editable | grep -v '^quizgen' ) > constraints.txt
	rm -rf .lockvenv

# ruff over everything, mypy over the library (config in pyproject.toml); .ci/run runs it first.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# Debian packages the tests use: poppler-utils (pdftoppm renders worksheet pages),
# chromium (browser tests), fonts; wordnet-base (WordNet 3.0 under /usr/share/wordnet: what
# vocabulary items' words mean). Installed only where missing.
sysdeps:
	@if ! command -v pdftoppm >/dev/null || ! command -v chromium >/dev/null || [ ! -f /usr/share/wordnet/index.noun ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils chromium wordnet-base; \
		else \
			echo "please install poppler-utils, chromium and wordnet-base (Debian packages)"; \
		fi; \
	fi

# WordNet 3.0 (Debian's wordnet-base), what vocabulary items' words mean; the app makes no
# meaning questions without it. Installed only where missing.
wordnet:
	@if [ ! -f /usr/share/wordnet/index.noun ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wordnet-base; \
		else \
			echo "please install wordnet-base (Debian package) for vocabulary questions"; \
		fi; \
	fi

# The web app on http://127.0.0.1:5000 (SQLite under instance/): migrations, sample lessons, sign-in help.
run: $(STAMP) wordnet
	$(VENV)/bin/flask --app webapp setup --url http://127.0.0.1:5000
	$(VENV)/bin/flask --app webapp run --host 127.0.0.1 --port 5000

# Production: gunicorn, 2 x cores + 1 workers (set DATABASE_URL for PostgreSQL, QUIZGEN_HTTPS=1 behind https).
serve: $(STAMP) wordnet
	$(VENV)/bin/flask --app webapp setup --url http://$${HOST:-127.0.0.1}:$${PORT:-8000}
	$(VENV)/bin/gunicorn --workers $$(( 2 * $$(nproc) + 1 )) --bind $${HOST:-127.0.0.1}:$${PORT:-8000} \
		--access-logfile - 'webapp:create_app()'

# The whole suite on SQLite; then, when TEST_DATABASE_URL names a PostgreSQL server (.ci/run sets
# it when the machine's server answers), the web app's suite once more on PostgreSQL.
test: $(STAMP) sysdeps
	env -u TEST_DATABASE_URL $(PY) -m pytest -q
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then \
		echo "== tests/webapp again on PostgreSQL ($${TEST_DATABASE_URL})"; \
		$(PY) -m pytest -q tests/webapp; \
	fi

# Figures for the README's Performance section (bench/load_*.py are helpers of bench/load.py;
# load.py needs PostgreSQL at 127.0.0.1:5432 for its school run, QUIZGEN_LOAD_PG changes where).
bench: $(STAMP)
	@for b in bench/*.py; do case $$b in bench/load_*) continue;; esac; \
		echo "== $$b"; timeout 900 $(PY) $$b || exit 1; done

# The fault and fuzz tests, bigger: more students, more kills, ten times the examples (bounded: 20 min).
soak: $(STAMP)
	QUIZGEN_SOAK=1 timeout 1200 $(PY) -m pytest -q tests/faults tests/fuzz

# Static checks: no high-severity bandit finding; pip-audit of the installed packages (needs PyPI).
check: $(STAMP)
	$(VENV)/bin/bandit -q -r quizgen webapp --severity-level high
	$(VENV)/bin/pip-audit --progress-spinner off

clean:
	rm -rf $(VENV) .pytest_cache build dist
