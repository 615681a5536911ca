# Quick start: `make` runs the whole pipeline, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
I18N := $(BIN)/i18n
# Debian packages the pipeline runs, as "file or command:package": GNU gettext (msgcat
# formats every catalog written) and Apertium with its English-Spanish pair (offline drafts),
# Hunspell with its Spanish dictionary (drafts' post-editing and `i18n check` spelling) and its
# English one (`i18n check`: a heading left in English is judged by both).
# apertium-lex-tools-dev and lttoolbox-dev compile our lexical-selection rules and bilingual dictionary
# into the Apertium pair (i18n/mt/apertium_mode.py). Pango and fonts with every Spanish glyph for
# WeasyPrint's PDFs (setting `pdf`).
SYSTEM_DEPS := msgcat:gettext msgfmt:gettext msgmerge:gettext apertium:apertium \
	/usr/share/apertium/modes/eng-spa.mode:apertium-eng-spa \
	lrx-comp:apertium-lex-tools-dev lt-comp:lttoolbox-dev lt-append:lttoolbox-dev \
	hunspell:hunspell /usr/share/hunspell/es_US.dic:hunspell-es /usr/share/hunspell/en_US.dic:hunspell-en-us \
	/usr/share/doc/libpango-1.0-0:libpango-1.0-0 /usr/share/doc/libpangoft2-1.0-0:libpangoft2-1.0-0 \
	/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf:fonts-dejavu-core
# The tests also load the Spanish page in a real browser and read the PDFs' text (pdftotext).
TEST_DEPS := chromium:chromium faketime:faketime pdftotext:poppler-utils

.PHONY: all pipeline wheel test mt-eval eval-import eval-mt eval-check bench system-deps test-deps clean

all: pipeline

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,eval]'
	touch $@

# Install missing Debian packages when we can (root with apt-get); otherwise say what to install.
system-deps test-deps: DEPS = $(SYSTEM_DEPS)
test-deps: DEPS = $(SYSTEM_DEPS) $(TEST_DEPS)
system-deps test-deps:
	@missing=""; \
	for pair in $(DEPS); do \
	  need=$${pair%%:*}; pkg=$${pair##*:}; \
	  [ -e "$$need" ] || command -v "$$need" >/dev/null 2>&1 || missing="$$missing $$pkg"; \
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
	$(I18N) translate --engine apertium
	$(I18N) build
	@echo "Outputs are in $(CURDIR)/dist/ (open dist/en/index.html or dist/es/index.html)"

# The package's wheel and sdist, for press rooms (README: "Start your own press room"). Not in
# dist/: that is this repository's site (`i18n build`).
wheel: $(BIN)/.installed
	$(BIN)/python -m build --outdir build/python

test: test-deps $(BIN)/.installed
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q
	$(I18N) check

# Raw Apertium against the pipeline's drafts, scored against the reviewed Spanish.
mt-eval: system-deps $(BIN)/.installed
	$(BIN)/python tools/mt_eval.py

# Scores on real material kept outside the repository (never copied into it): importing real
# releases, drafts against published Spanish, and `i18n check` on published translations.
# DEVSETS names the folder of those sets and their eval_*.py scripts (the team's checkout keeps
# it beside the repository).
DEVSETS ?= ../shared/devsets
eval-import eval-mt eval-check: system-deps $(BIN)/.installed
	@[ -d "$(DEVSETS)" ] || { echo "No development sets at $(DEVSETS) (set DEVSETS=...)"; exit 1; }
	$(BIN)/python $(DEVSETS)/eval_$(subst eval-,,$@).py .

clean:
	rm -rf $(VENV) dist

# Benchmarks against po4a (Debian) and mdpo (PyPI, in a venv of its own: its script names
# clash with Translate Toolkit's). BENCH_FULL=1 adds 10,000 releases.
.venv-mdpo/bin/md2po:
	$(PYTHON) -m venv .venv-mdpo
	.venv-mdpo/bin/pip install --quiet mdpo

bench: system-deps $(BIN)/.installed .venv-mdpo/bin/md2po
	@command -v po4a >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq po4a >/dev/null; } || \
	  { echo "Install po4a: sudo apt-get install po4a"; exit 1; }
	$(BIN)/python bench/run.py
	$(BIN)/python bench/readme_table.py
