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

# The graphics card's llama.cpp when this computer has one (scripts/build_llama_wheel.py says which).
run: $(STAMP) $(MODEL) $(QM)
	$(PY) scripts/build_llama_wheel.py --backend auto --install
	$(PY) -m app

# tests/remote drive llama.cpp's own llama-server as a company server: built once (about ten
# minutes on two cores, under nice) into build/llama-server-<version>; a no-op after that.
test: $(STAMP) $(MODEL) $(QM)
	$(VENV)/bin/ruff check app tests benchmarks scripts packaging
	$(VENV)/bin/lint-imports
	$(PY) scripts/build_llama_server.py --quiet >/dev/null
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

# Installers (docs/packaging.md): the Linux bundles, .deb and .tar.gz into dist/,
# then their smoke test, which also compiles the Windows installer through CI's own
# command and validates the release workflow. Not part of `make test`. The first run
# builds llama.cpp with every CPU generation and Vulkan (about 25 minutes on 2 cores,
# kept in build/package-wheels). FLAVOURS adds `cuda` (llama.cpp's CUDA backend and
# NVIDIA's runtime: hours on 2 cores the first time, kept in build/package-cuda; set
# TRAMONTANE_CUDA_ARCHS to build fewer GPU architectures than llama.cpp's releases).
# The `model` flavour is built when packaging/fetch_models.py could fetch its model.
# A venv of its own keeps PyInstaller out of the app's.
PKG_VENV  := build/package-venv
PKG_STAMP := $(PKG_VENV)/.installed
PKG_TOOLS := dpkg-deb:dpkg desktop-file-validate:desktop-file-utils makensis:nsis appstreamcli:appstream \
             glslc:glslc /usr/include/vulkan/vulkan.h:libvulkan-dev
FLAVOURS  ?= main model

.PHONY: package package-tools
package-tools:
	@for t in $(PKG_TOOLS); do command -v $${t%%:*} >/dev/null || test -e $${t%%:*} && continue; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -q $${t#*:} >/dev/null || exit 1; \
	  else echo "make package needs $${t#*:}: sudo apt-get install $${t#*:}"; exit 1; fi; done

package: package-tools $(PKG_STAMP)
	$(PKG_VENV)/bin/python scripts/fetch_starter_model.py models
	$(PKG_VENV)/bin/python packaging/fetch_models.py
	for f in $(FLAVOURS); do nice $(PKG_VENV)/bin/python packaging/build.py --flavour $$f || exit 1; done
	$(PKG_VENV)/bin/python packaging/smoke_test.py

$(PKG_STAMP): pyproject.toml packaging/build_llama.py scripts/build_llama_wheel.py | package-tools
	test -x $(PKG_VENV)/bin/python || $(PYTHON) -m venv $(PKG_VENV)
	wheel=$$(nice $(PKG_VENV)/bin/python packaging/build_llama.py) && \
	  $(PKG_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps "$$wheel" && \
	  $(PKG_VENV)/bin/python -m pip install --quiet "$$wheel" -e '.[package]'
	touch $@
