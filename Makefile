# The two commands a newcomer needs: `make run` and `make test`.
# Each creates .venv when missing and installs the project into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/opedtui

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/eval.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
