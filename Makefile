# Quick start: `make` runs the whole pipeline, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
I18N := $(BIN)/i18n
# Debian packages the pipeline runs: GNU gettext (msgcat formats every catalog written).
SYSTEM_COMMANDS := msgcat:gettext msgfmt:gettext msgmerge:gettext

.PHONY: all pipeline test system-deps clean

all: pipeline

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Install missing Debian packages when we can (root with apt-get); otherwise say what to install.
system-deps:
	@missing=""; \
	for pair in $(SYSTEM_COMMANDS); do \
	  cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	missing=$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' '); \
	if [ -n "$${missing// /}" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing"; \
	    echo "Install them with: sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi

pipeline: system-deps $(BIN)/.installed
	$(I18N) extract
	$(I18N) build
	@echo "Outputs are in $(CURDIR)/dist/ (open dist/en/index.html or dist/es/index.html)"

test: system-deps $(BIN)/.installed
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) dist
