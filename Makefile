# Two commands: `make run` (set up, seed the store, open the dashboard) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint bench clean engine

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(VENV)/.build: requirements-build.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-build.txt
	touch $@

# The engine compiled with Cython into build/engine: only modules whose source changed; ~2-4 min of CPU for all,
# plain Python (same results) when there is no compiler. See attribution/engine/_native.py.
engine: $(VENV)/.runtime $(VENV)/.build
	$(PY) scripts/build_engine.py

run: $(VENV)/.runtime engine
	$(PY) -m attribution ingest seeds/ --only-if-empty
	@echo "Dashboard at http://127.0.0.1:$(PORT)"
	$(PY) -m views --server.address 127.0.0.1 --server.port $(PORT) --server.headless true

test: $(VENV)/.dev engine
	$(PY) -m pytest

# Quick figures on the seeds and small synthetic data; the 1M-statement runs are in README.md.
bench: $(VENV)/.dev
	$(PY) benchmarks/extract_speed.py seeds/ --workers 2
	$(PY) benchmarks/extract_speed.py --pathological 10
	$(PY) benchmarks/aids_grouping.py --sizes 10000

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf $(VENV) .pytest_cache build/engine
