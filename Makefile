# snnc: two commands. `make demo` sets up and runs the demo; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.snnc-installed

.PHONY: setup system-packages demo test lint bench clean

setup: $(STAMP) system-packages

# The virtual environment, with snnc editable and its dev extras. Rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian's FPGA tools and Fashion-MNIST (installed when root with apt, else listed).
system-packages:
	@bash scripts/system-packages.sh

demo: setup
	$(BIN)/snnc demo --force

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check snnc tests benchmarks examples

# CPU-feasible benchmark on the full Fashion-MNIST (about 12 minutes on 2 cores).
bench: setup
	$(BIN)/python benchmarks/scratch_fashion.py --channels 16 -T 4 --epochs 12 --loss ce

clean:
	rm -rf $(VENV) snnc-demo logs models .pytest_cache .hypothesis
