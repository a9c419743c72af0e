# Rogatory: `make demo` runs it, `make test` tests it. Both install what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON ?= $(shell scripts/find-python.sh)
# uv is installed with pip when missing and always called as a module, so no PATH or shim
# rehash is needed on a fresh machine.
BOOTSTRAP_PYTHON ?= $(shell command -v python3)
export UV := $(BOOTSTRAP_PYTHON) -m uv
VENV := .venv
RUN := $(UV) run --frozen --no-sync
PYTEST_WORKERS ?= 2

.PHONY: help uv env system demo test test-sqlite test-postgresql check lint bench bench-intake bench-deconfliction docs clean

help:
	@echo "make demo   - install, migrate SQLite, load demo data, start web + worker + sweeper"
	@echo "make test   - the whole suite on SQLite and PostgreSQL"
	@echo "make check  - ruff, mypy --strict, import-linter"
	@echo "make bench  - benchmarks (print their figures)"

uv:
	@$(UV) --version >/dev/null 2>&1 || $(BOOTSTRAP_PYTHON) -m pip install --quiet uv

env: uv
	@$(UV) sync --frozen --quiet

system:
	@scripts/ensure-system-packages.sh

demo: system env
	@mkdir -p var
	@$(RUN) rogatory demo

test: system env
	@mkdir -p var
	@scripts/run-tests.sh

test-sqlite: env
	@ROGATORY_TEST_DATABASES=sqlite scripts/run-tests.sh

test-postgresql: env
	@ROGATORY_TEST_DATABASES=postgresql scripts/run-tests.sh

check: env
	@$(RUN) ruff check .
	@$(RUN) ruff format --check .
	@$(RUN) mypy rogatory config
	@$(RUN) lint-imports
	@$(RUN) python scripts/check-translations.py --extract

bench: system env
	@$(RUN) python bench/request_documents.py

docs: env
	@$(RUN) rogatory docs lifecycle --output docs/lifecycle.md
	@$(RUN) rogatory docs kinds --output docs/kinds.md

clean:
	rm -rf var .venv

# The intake corpora (training and held-out) scored for Rogatory and the peer extractors (installed
# apart, in bench/.venv-peers); BENCH_INTAKE_ARGS="--corpus heldout --no-ocr" narrows the run.
BENCH_INTAKE_ARGS ?= --corpus all
.PHONY: bench-intake
bench-intake: system env
	@test -x bench/.venv-peers/bin/python || ($(BOOTSTRAP_PYTHON) -m venv bench/.venv-peers && bench/.venv-peers/bin/pip install --quiet ioc-finder iocextract iocsearcher requests)
	@$(RUN) python bench/intake/heldout/make_heldout.py --check
	@$(RUN) python bench/intake/heldout2/make_heldout2.py --check
	@$(RUN) python bench/intake/heldout3/make_heldout3.py --check
	@$(RUN) python bench/intake/heldout4/make_heldout4.py --check
	@$(RUN) python bench/intake/heldout5/make_heldout5.py --check
	@$(RUN) python bench/intake/heldout6/make_heldout6.py --check
	@$(RUN) python bench/intake/heldout7/make_heldout7.py --check
	@$(RUN) python bench/intake/heldout8/make_heldout8.py --check
	@$(RUN) python bench/intake/heldout9/make_heldout9.py --check
	@$(RUN) python bench/intake/heldout10/make_heldout10.py --check
	@$(RUN) python bench/intake/run.py $(BENCH_INTAKE_ARGS)
	@$(RUN) python bench/intake_pdf.py

bench-deconfliction: env
	@ROGATORY_DATABASE=sqlite $(RUN) python bench/deconfliction.py
	@ROGATORY_DATABASE=postgresql $(RUN) python bench/deconfliction.py
