# Two commands for a newcomer: `make run` and `make test`.
# Both create the virtual environment, install the project and fetch the
# starter model when they are missing, and do nothing more when they are there.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
MODEL  := models/SmolLM2-135M-Instruct.Q4_1.gguf
# Qt Linguist: the .ts sources are kept in git, the compiled .qm files are built here.
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint doctor bench clean translations lupdate

run: $(STAMP) $(MODEL) $(QM)
	$(PY) -m app

test: $(STAMP) $(MODEL) $(QM)
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

translations: $(QM)

%.qm: %.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing visible strings: refresh the .ts files, then translate the new entries.
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $(shell find app -name '*.py' | sort) -ts $(TS)

$(MODEL): | $(STAMP)
	$(PY) scripts/fetch_starter_model.py $(dir $@)

clean:
	rm -rf $(VENV) build dist *.egg-info

# Installers (docs/packaging.md): the Linux bundle, .deb and .tar.gz into dist/,
# then their smoke test. Not part of `make test`; the first run builds llama.cpp
# for every CPU generation (about 17 minutes on 2 cores, kept in build/package-wheels).
# A venv of its own keeps PyInstaller out of the app's.
PKG_VENV  := build/package-venv
PKG_STAMP := $(PKG_VENV)/.installed
PKG_TOOLS := dpkg-deb:dpkg desktop-file-validate:desktop-file-utils makensis:nsis

.PHONY: package
package: $(PKG_STAMP)
	@for t in $(PKG_TOOLS); do command -v $${t%%:*} >/dev/null && continue; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -q $${t#*:} >/dev/null || exit 1; \
	  else echo "make package needs $${t#*:}: sudo apt-get install $${t#*:}"; exit 1; fi; done
	$(PKG_VENV)/bin/python scripts/fetch_starter_model.py models
	nice $(PKG_VENV)/bin/python packaging/build.py
	$(PKG_VENV)/bin/python packaging/smoke_test.py

$(PKG_STAMP): pyproject.toml packaging/build_llama.py scripts/build_llama_wheel.py
	test -x $(PKG_VENV)/bin/python || $(PYTHON) -m venv $(PKG_VENV)
	wheel=$$(nice $(PKG_VENV)/bin/python packaging/build_llama.py) && \
	  $(PKG_VENV)/bin/python -m pip install --quiet "$$wheel" -e '.[package]'
	touch $@
