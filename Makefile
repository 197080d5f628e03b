# Two commands for a newcomer: `make run` and `make test`.
# Both create the virtual environment, install the project and fetch the
# starter model when they are missing, and do nothing more when they are there.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
MODEL  := models/SmolLM2-135M-Instruct.Q4_1.gguf

.PHONY: run test lint doctor bench clean

run: $(STAMP) $(MODEL)
	$(PY) -m app

test: $(STAMP) $(MODEL)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

doctor: $(STAMP) $(MODEL)
	$(PY) -m app doctor

bench: $(STAMP) $(MODEL)
	$(PY) benchmarks/run_all.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstalls when pyproject.toml changes; build/wheels keeps the llama.cpp build.
$(STAMP): pyproject.toml scripts/build_llama_wheel.py | $(VENV)/bin/python
	$(PY) scripts/build_llama_wheel.py
	$(PY) -m pip install --quiet --find-links build/wheels -e '.[test]'
	touch $@

$(MODEL): | $(STAMP)
	$(PY) scripts/fetch_starter_model.py $(dir $@)

clean:
	rm -rf $(VENV) build dist *.egg-info
