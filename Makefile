# One venv for everything; each target brings it up to date first, so a fresh clone needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench schemas docs clean golden

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

# The main job: check the example workspace, then the learning-seminar report from it, the
# closing report and one change package.
demo: $(STAMP)
	$(BIN)/pdsa --cycles cycles validate
	mkdir -p out
	$(BIN)/pdsa --cycles cycles summary --format html --out out/summary.html
	$(BIN)/pdsa --cycles cycles summary --final --out out/closing-report.html
	$(BIN)/pdsa --cycles cycles package hoersholm-feedbackmoeder --out out/hoersholm-feedbackmoeder.zip

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Rewrite the stored copies of the example's reports (tests/fixtures/report_golden/) after a
# deliberate change of what a report says; read their diff before committing it.
golden: $(STAMP)
	PDSA_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_report_golden.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The peer (clinical-qikit) is measured beside pdsa-cli: the `bench` extra brings it.
$(VENV)/.bench: pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint,bench]'
	touch $(VENV)/.bench

bench: $(STAMP) $(VENV)/.bench
	$(BIN)/python -m benchmarks

schemas: $(STAMP)
	$(BIN)/pdsa schema --out schemas

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# The generated pages of docs/: the CLI reference (both languages), problem codes, file format.
docs: $(STAMP)
	$(BIN)/python -m pdsa_cli.cli.reference en > docs/cli.md
	$(BIN)/python -m pdsa_cli.cli.reference da > docs/cli.da.md
	$(BIN)/python -m pdsa_cli.workspace.problem_codes > docs/problems.md
	$(BIN)/python -m pdsa_cli.workspace.file_format > docs/file-format.md
