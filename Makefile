# Harbour — every developer task in one place. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
APT_PACKAGES := python3-venv xvfb xauth dbus gnome-keyring poppler-utils strace zip appstream desktop-file-utils \
	libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
SYSTEM_TOOLS := Xvfb dbus-run-session gnome-keyring-daemon pdftotext strace zip appstreamcli \
	desktop-file-validate

.DEFAULT_GOAL := help
.PHONY: help run test system-deps venv translations lint check-strings tour bench bundle clean

help: ## list the tasks
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: system-deps venv translations ## set everything up and open Harbour
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No screen was found, so Harbour runs its self-test instead of opening a window."; \
	  echo "On a desktop, 'make run' opens the app. 'make tour' saves pictures of every screen."; \
	  QT_QPA_PLATFORM=offscreen $(PY) main.py --self-test; \
	else $(PY) main.py $(ARGS); fi

test: system-deps venv translations ## set everything up and run the whole test suite
	QT_QPA_PLATFORM=offscreen tests/keyring_session.sh $(PY) -m pytest $(PYTEST_ARGS)

system-deps: ## install the Debian packages Qt and the tests need (as root), or say which
	@missing=0; for t in $(SYSTEM_TOOLS); do command -v $$t >/dev/null || missing=1; done; \
	for l in libEGL.so.1 libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libfontconfig.so.1; do \
	  ldconfig -p | grep -q "$$l" || missing=1; done; \
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || missing=1; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing the Debian packages Harbour needs..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "Harbour needs some Debian packages. Please run:"; \
	    echo "  sudo apt-get install $(APT_PACKAGES)"; exit 1; \
	  fi; \
	fi

venv: $(VENV)/.installed ## create the virtualenv with the locked dependencies

$(VENV)/.installed: requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	@touch $@

translations: venv ## build the Qt .qm catalogues from translations/*.ts
	@$(PY) -m ui.i18n_build

lint: venv ## ruff, mypy and the duplicate-free checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy core ui main.py bench tests $(wildcard packaging/*.py packaging/*/*.py)

check-strings: venv ## re-extract UI strings and check every catalogue and content file
	$(PY) -m ui.i18n_build --check

tour: venv translations ## save a PNG of every guide screen into tour/
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.tour tour $(ARGS)

BENCHES ?= $(filter-out common __init__,$(basename $(notdir $(wildcard bench/*.py))))

bench: venv translations ## run the benchmarks, e.g. `make bench BENCHES=unlock` (slow)
	@for b in $(BENCHES); do echo "== bench/$$b.py"; \
	  QT_QPA_PLATFORM=offscreen tests/keyring_session.sh $(PY) -m bench.$$b || exit 1; done

bundle: venv translations ## build the one-folder app dist/harbour with PyInstaller (work files in build/)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build \
	  packaging/pyinstaller/harbour.spec

lock: ## re-resolve requirements.lock from pyproject.toml (needs uv)
	uv pip compile pyproject.toml --group dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_34 -o requirements.lock

clean: ## remove the virtualenv and built files
	rm -rf $(VENV) translations/*.qm build dist tour
