# Two commands on a fresh clone: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench sysdeps clean

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

run: $(STAMP)
	$(PY) -m quizgen.cli generate lessons/00-seed-pompeo-xinjiang.md

test: $(STAMP) sysdeps
	$(PY) -m pytest -q

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache build dist
