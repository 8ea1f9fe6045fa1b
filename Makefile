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

.PHONY: setup run test lint check-system translations bench dist windows-installer clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dist]"
	touch $(STAMP)

setup: $(STAMP) translations

greenbelt_desktop/gui/i18n/%.qm: translations/%.ts $(STAMP)
	mkdir -p greenbelt_desktop/gui/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

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
	rm -rf $(VENV) build dist greenbelt_desktop/gui/i18n/*.qm
