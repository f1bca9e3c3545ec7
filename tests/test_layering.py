"""The package layers, read off the source with ``ast``: every import at any depth (inside
functions too, and module names handed to ``importlib`` as literal strings), resolved to the snnc
module it loads.

- ``snnc.ir`` knows no backend, frontend, CLI or the library's top-level workflows;
- ``snnc.backends`` and ``snnc.frontends`` know neither each other nor the CLI;
- ``snnc.cli`` uses the library's API only;
- nothing under ``snnc/ir`` names the FPGA backend or its generator, in code or in prose.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "snnc"


class Import(NamedTuple):
    importer: str  # the importing module, e.g. "snnc.cli.run"
    module: str  # the snnc module it loads, e.g. "snnc.ir.io"
    names: tuple[str, ...]  # what ``from module import ...`` takes (empty for ``import module``)
    line: int

    def __str__(self) -> str:
        names = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.importer}:{self.line} imports {self.module}{names}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def is_module(name: str) -> bool:
    return name in MODULES


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def imports_in(name: str, source: str, is_package: bool = False) -> list[Import]:
    """The snnc modules the module ``name`` with this ``source`` imports, wherever the statement stands."""
    package = name if is_package else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            found += [Import(name, alias.name, (), node.lineno) for alias in node.names if within(alias.name, "snnc")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from .x import y
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            if not within(origin, "snnc"):
                continue
            plain = tuple(a.name for a in node.names if not is_module(f"{origin}.{a.name}"))
            if plain or not node.names:
                found.append(Import(name, origin, plain, node.lineno))
            found += [
                Import(name, f"{origin}.{a.name}", (), node.lineno)
                for a in node.names
                if is_module(f"{origin}.{a.name}")  # from snnc.cli import compile: snnc.cli.compile
            ]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
            if is_module(node.value) and node.value != name:  # importlib.import_module("snnc.x.y")
                found.append(Import(name, node.value, (), node.lineno))
    return found


def imports_of(name: str) -> list[Import]:
    path = MODULES[name]
    return imports_in(name, path.read_text(), path.name == "__init__.py")


IMPORTS = [found for name in MODULES for found in imports_of(name)]


def violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        str(found)
        for found in IMPORTS
        if within(found.importer, layer) and any(within(found.module, banned) for banned in forbidden)
    ]


SAMPLE = """
import snnc.ir.graph
import numpy as np
from snnc import __version__
from snnc.cli import compile, common
from snnc.errors import ConfigError
from . import reference
from ..backends import fpga


def later():
    from snnc.frontends.trainer import train
    importlib.import_module("snnc.backends.fpga.schedule")
    return "snnc", "not.a.module"


class Lazy:
    def method(self):
        if True:
            from .passes.fuse import stages_of
"""


def test_the_parser_sees_imports_at_every_depth():
    """Imports at module level, in functions and methods, relative ones and ``importlib`` strings."""
    found = {(i.module, i.names) for i in imports_in("snnc.ir.sample", SAMPLE)}
    assert found == {
        ("snnc.ir.graph", ()),
        ("snnc", ("__version__",)),
        ("snnc.cli.compile", ()),  # a module imported from its package
        ("snnc.cli.common", ()),
        ("snnc.errors", ("ConfigError",)),
        ("snnc.ir.reference", ()),
        ("snnc.backends.fpga", ()),
        ("snnc.frontends.trainer", ("train",)),
        ("snnc.backends.fpga.schedule", ()),
        ("snnc.ir.passes.fuse", ("stages_of",)),
    }
    assert [i.line for i in imports_in("snnc.ir.sample", SAMPLE) if i.module == "snnc.frontends.trainer"] == [12]
    assert {i.module for i in imports_in("snnc.ir", "from . import graph", is_package=True)} == {"snnc.ir.graph"}
    assert len(MODULES) > 40 and {"snnc", "snnc.cli.main", "snnc.ir.passes"} <= set(MODULES)


def test_ir_knows_no_backend_frontend_cli_or_workflow():
    banned = ("snnc.backends", "snnc.frontends", "snnc.cli", "snnc.compile", "snnc.evaluate", "snnc.data", "snnc.demo")
    assert violations("snnc.ir", banned) == []


def test_backends_know_no_frontend_and_no_cli():
    assert violations("snnc.backends", ("snnc.frontends", "snnc.cli")) == []


def test_frontends_know_no_backend_and_no_cli():
    assert violations("snnc.frontends", ("snnc.backends", "snnc.cli")) == []


CLI_MAY_IMPORT = (
    "snnc.compile",
    "snnc.evaluate",
    "snnc.demo",
    "snnc.data",
    "snnc.errors",
    "snnc.ir.io",
    "snnc.ir.metadata",
    "snnc.ir.summary",
    "snnc.ir.interop",
    "snnc.backends",  # the registry package itself
    "snnc.backends.fpga",  # its constants (the default target, the simulators)
    "snnc.backends.fpga.targets",  # the target table the --target choices list
    "snnc.ir.precision",  # the precisions the --precision choices list
    "snnc.files",  # refuse_output_over_input
    "snnc.predict",  # snnc predict
    "snnc.inputs",  # snnc run --inputs (the user's own tensors)
    "snnc.plots",  # snnc run --plots
    "snnc.serve",  # snnc serve (the package: its web layer loads inside it)
)
CLI_MAY_IMPORT_BELOW = ("snnc.frontends", "snnc.cli")


def cli_may_import(found: Import) -> bool:
    if found.module == "snnc":
        return found.names == ("__version__",)
    return found.module in CLI_MAY_IMPORT or any(within(found.module, p) for p in CLI_MAY_IMPORT_BELOW)


def cli_outside_the_api() -> set[tuple[str, str]]:
    return {
        (found.importer, found.module)
        for found in IMPORTS
        if within(found.importer, "snnc.cli") and not cli_may_import(found)
    }


def test_the_cli_import_list_is_read():
    cli = {found.module for found in IMPORTS if within(found.importer, "snnc.cli")}
    assert {"snnc.compile", "snnc.evaluate", "snnc.demo", "snnc.frontends.trainer", "snnc.ir.io"} <= cli


def test_cli_uses_the_library_api_only():
    assert sorted(cli_outside_the_api()) == []


IR_FILES = sorted((PACKAGE / "ir").rglob("*.py"))
# the FPGA backend's and its generator's module names, word bounded (``xrtl.py`` would not count)
FPGA_NAMES = re.compile(r"\bbackends\.fpga\b|\bfpga\.rtl\b|\brtl\.py\b|`\.rtl`")
BACKEND_PACKAGE = re.compile(r"\bsnnc\.backends\b")


def mentions(pattern: re.Pattern) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in IR_FILES
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]


def test_ir_never_names_the_fpga_backend():
    assert all(FPGA_NAMES.search(t) for t in ("snnc.backends.fpga", "fpga/rtl.py", "fpga.rtl", ":mod:`.rtl`"))
    assert not any(FPGA_NAMES.search(t) for t in ("control.py", "the RTL must", "snnc.backends", "fpga backend"))
    assert IR_FILES and mentions(FPGA_NAMES) == []


def test_ir_never_names_the_backends_package():
    assert mentions(BACKEND_PACKAGE) == []
