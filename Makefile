# Green Belt Desktop: the two commands of the README are `make run` and `make test`.
# Both set everything up on a fresh machine (virtual environment, packages,
# compiled translations); `make test` also installs the system packages the
# tests need when run as root (CI), then runs lint, type and layering checks
# and the whole pytest suite.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
QM := $(patsubst translations/%.ts,greenbelt_desktop/gui/i18n/%.qm,$(wildcard translations/*.ts))
# The user handbook (handbook/, docs/handbook.md): HTML and PDF of each language.
HANDBOOK := greenbelt_desktop/handbook/.built
HANDBOOK_SOURCES := $(shell find handbook -type f -not -name '*.mo' -not -path '*/__pycache__/*')
FRESH_PICTURES := test-artifacts/handbook

.PHONY: setup run test lint check-system translations handbook handbook-pictures bench dist windows-installer clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dist,docs]"
	touch $(STAMP)

setup: $(STAMP) translations $(HANDBOOK)

greenbelt_desktop/gui/i18n/%.qm: translations/%.ts $(STAMP)
	mkdir -p greenbelt_desktop/gui/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Built at install time with the committed pictures (handbook/screenshots).
$(HANDBOOK): $(HANDBOOK_SOURCES) scripts/build-handbook.py $(wildcard translations/*.ts) \
  greenbelt_desktop/handbook/__init__.py greenbelt_desktop/gui/pages/sync_messages.py $(STAMP)
	$(PY) scripts/build-handbook.py --pictures handbook/screenshots
	touch $@

# Rebuilt with the pictures the test suite has just taken, where it has taken them.
handbook: setup
	$(PY) scripts/build-handbook.py --pictures $(if $(wildcard $(FRESH_PICTURES)/en),$(FRESH_PICTURES),handbook/screenshots)

# Takes the pictures again and makes them the committed ones.
handbook-pictures: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/gui/test_screenshots.py -k handbook
	for lang in en ru zh_CN; do mkdir -p handbook/screenshots/$$lang && \
	  cp $(FRESH_PICTURES)/$$lang/*.png handbook/screenshots/$$lang/; done
	$(MAKE) handbook

run: setup
	$(PY) -m greenbelt_desktop

check-system:
	bash scripts/install-system-packages.sh

lint: setup
	$(VENV)/bin/ruff check greenbelt_desktop tests bench installer
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: check-system lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

dist: setup
	bash installer/build-linux.sh

# The Inno Setup installer compiled here under Wine, around a stand-in payload (the frozen
# Linux program under the Windows names): it tests the installer, not the Windows program.
windows-installer: setup
	bash scripts/install-windows-tools.sh
	bash installer/build-windows-wine.sh

clean:
	rm -rf $(VENV) build dist greenbelt_desktop/gui/i18n/*.qm greenbelt_desktop/handbook/*/ $(HANDBOOK)
