"""The import graph of plancheck's own modules has no cycle.

Every module under src/plancheck and exporters/ (installed as plancheck.exporters) is parsed
with `ast`; every import of a plancheck module is an edge, wherever it stands (at the top,
inside a function, under `if TYPE_CHECKING`). `from package import name` is an edge to the
submodule when `name` is one, else to the package. A cycle is printed module by module.

The project's flow runs one way (read -> schema -> model -> rules -> findings -> reporters;
the exporters read the model only), so no module needs one that needs it back.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {  # where each part of the installed package lives in the checkout
    "plancheck": ROOT / "src" / "plancheck",
    "plancheck.exporters": ROOT / "exporters",
    "plancheck.schema": ROOT / "schema",
}


def _modules() -> dict[str, Path]:
    """Every plancheck module: its dotted name -> its file."""
    found: dict[str, Path] = {}
    for package, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join([package, *parts])] = path
    return found


MODULES = _modules()


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _resolve(name: str) -> str | None:
    """The plancheck module an import of `name` loads last: itself, or the nearest enclosing
    module (an attribute or a missing submodule of a package); None outside plancheck."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    return None


def _imports(module: str) -> Iterator[str]:
    """The plancheck modules `module` imports, anywhere in its source."""
    tree = ast.parse(MODULES[module].read_text("utf-8"), str(MODULES[module]))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _resolve(alias.name)
                if target is not None:
                    yield target
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package the module is in (or is)
                base = module.split(".")
                if not _is_package(module):
                    base.pop()
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            package = _resolve(source)
            if package is None:
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                yield submodule if submodule in MODULES else package


def import_graph() -> dict[str, set[str]]:
    return {module: set(_imports(module)) - {module} for module in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle as [a, b, ..., a], or None (depth-first search, three colours)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_every_part_of_the_package_is_found():
    assert {"plancheck.cli", "plancheck.rules.grid_period", "plancheck.reporters.junit"} <= set(
        MODULES
    )
    assert {"plancheck.exporters.docx_report.writer", "plancheck.exporters.ics_feed.page"} <= set(
        MODULES
    )
    graph = import_graph()
    # function-level, relative and `from package import submodule` imports are all seen
    assert "plancheck.commands" in graph["plancheck.cli"]
    assert "plancheck.exporters.ics_feed.events" in graph["plancheck.exporters.ics_feed.page"]
    assert "plancheck.rules.grid_period" in graph["plancheck.rules"]
    assert "plancheck.validation" in graph["plancheck.engine"]


def test_the_import_graph_has_no_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


# the model is what the exporters read: not the checks, not the reports, not the CLI
EXPORTERS_MAY_IMPORT = {"plancheck.model", "plancheck.markup", "plancheck.wording"} | {
    # the one table of the outputs' fixed words (issue 17), data that imports nothing
    "plancheck.words",
    "plancheck.atomic",  # writing outputs safely
    "plancheck.errors",  # OutputError
    # the typed model of the changes between two plans (PlanDiff), made by the one differ
    # before the export: the tracked changes and the version table read it, never compute it
    "plancheck.diff",
    # the words that describe a change ("Verplaatst van ... naar ..."), one table for
    # `plancheck diff` and the report's version table
    "plancheck.diff_render",
    # the form of the plan data the Word report carries for `plancheck import docx`
    "plancheck.plandata",
}


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("plancheck.exporters.")])
def test_the_exporters_read_the_model_only(module):
    outside = {
        target for target in import_graph()[module] if not target.startswith("plancheck.exporters")
    }
    assert outside <= EXPORTERS_MAY_IMPORT, outside - EXPORTERS_MAY_IMPORT


# the importer reads a Word file into plain data: the date grammar reads the wording, and the
# YAML it writes goes through the loader and the schema in the command, never in the importer
IMPORTER_MAY_IMPORT = {
    "plancheck.wording",
    "plancheck.plandata",  # the form of the plan data plancheck's own report carries
    "plancheck.i18n",  # its findings in the plan's language
    "plancheck.words",  # the rows of a measure's table, named by the plan's labels
}


@pytest.mark.parametrize("module", [m for m in MODULES if m.startswith("plancheck.importer")])
def test_the_importer_reads_the_date_grammar_only(module):
    outside = {
        target for target in import_graph()[module] if not target.startswith("plancheck.importer")
    }
    assert outside <= IMPORTER_MAY_IMPORT, outside - IMPORTER_MAY_IMPORT


def _reachable(start: str, graph: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo += graph.get(node, ())
    return seen


def test_check_never_reaches_python_docx_through_the_importer():
    """`plancheck check` (cli -> engine) never loads the importer, which imports python-docx;
    only the `import` command (plancheck.commands) does."""
    graph = import_graph()
    graph["plancheck.cli"] = graph["plancheck.cli"] - {"plancheck.commands"}
    assert not any(
        m.startswith("plancheck.importer") for m in _reachable("plancheck.engine", graph)
    )
    assert not any(m.startswith("plancheck.importer") for m in _reachable("plancheck.cli", graph))
    assert "plancheck.importer" in import_graph()["plancheck.commands"]


def test_a_check_does_not_import_what_only_other_commands_need() -> None:
    """The modules a check leaves alone (each measurably slows the start-up of a check, the
    command run on every commit): dataclasses, inspect, typing, shutil, copy, pathlib,
    signal and hashlib as well as the libraries of the exports and of `diff`."""
    published = Path(__file__).parent / "fixtures" / "plan-2018-08-31.yaml"
    avoided = ["dataclasses", "inspect", "typing", "shutil", "copy", "pathlib", "signal"]
    avoided += ["hashlib"]
    avoided += ["markdown_it", "difflib", "calendar", "docx", "icalendar", "jsonschema"]
    code = (
        "import sys, io, contextlib\n"
        "from plancheck.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(published)!r}])\n"
        f"print([m for m in {avoided!r} if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr
