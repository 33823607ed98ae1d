"""Fixtures for the reporter tests: broken copies of the bundled plan, checked by the real engine.

The bundled plan.yaml is read, never written: each test copies it into tmp_path and changes
the copy. The changes are found by pattern and the expected positions are computed from the
changed text, so the tests do not depend on line numbers of a plan that is still being edited.

Test modules here import nothing from the conftests (two conftest.py files share one module
name); they get what they need through these fixtures.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from plancheck.engine import CheckResult, check_file
from plancheck.findings import Finding
from plancheck.reporters import Context

MILESTONE = "1-afspraken-gemaakt"
NEW_DUE = "2019-02-28"  # no X in February 2019 on measure 1's row, and not what '01-01-2019' says


def _shared_helpers() -> ModuleType:
    """tests/conftest.py (require_shared, PLAN), loaded under a name of its own."""
    name = "plancheck_tests_root_conftest"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "conftest.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_ROOT_CONFTEST = _shared_helpers()
PLAN: Path = _ROOT_CONFTEST.PLAN


def set_due(text: str, milestone: str, due: str) -> str:
    """The plan text with the `due:` of one milestone changed."""
    pattern = re.compile(
        rf"- id: {re.escape(milestone)}\n(?:[ \t]+(?!- )[^\n]*\n)*?[ \t]+due: (\"[^\"\n]*\")"
    )
    match = pattern.search(text)
    assert match, f"milestone {milestone} with a due: line not found in the bundled plan"
    return text[: match.start(1)] + f'"{due}"' + text[match.end(1) :]


def acknowledge(text: str, rule: str, subject: str, reason: str) -> str:
    """The plan text with one more entry in `acknowledged` (as its first entry)."""
    text = re.sub(r"(?m)^acknowledged:[ \t]*\[\][ \t]*$", "acknowledged:", text)
    match = re.search(r"(?m)^acknowledged:[ \t]*(#.*)?$", text)
    assert match, "no block `acknowledged:` in the bundled plan"
    entry = (
        f"\n  - rule: {rule}\n    subject: {json.dumps(subject)}\n    reason: {json.dumps(reason)}"
    )
    return text[: match.end()] + entry + text[match.end() :]


@dataclass(frozen=True)
class Broken:
    """A broken copy of the plan: where it is, its text, the place of the new due date."""

    path: Path
    text: str
    line: int
    column: int  # of the opening quote of the new due date, 1-based
    result: CheckResult
    milestone: str = MILESTONE
    due: str = NEW_DUE

    @property
    def end_column(self) -> int:  # exclusive, as the loader's spans are
        return self.column + len(self.due) + 2

    def finding(self, rule: str, subject: str = MILESTONE) -> Finding:
        matches = [f for f in self.result.findings if f.rule == rule and f.subject == subject]
        assert len(matches) == 1, (rule, subject, self.result.findings)
        return matches[0]


MakeBroken = Callable[..., Broken]


@pytest.fixture
def make_broken(tmp_path: Path) -> MakeBroken:
    """make_broken(folder=tmp_path, *, prefix="", ack=None) -> Broken.

    prefix: text put before the plan (a comment line moves every finding down);
    ack: (rule, subject, reason) added to `acknowledged`.
    """

    def make(
        folder: Path = tmp_path, *, prefix: str = "", ack: tuple[str, str, str] | None = None
    ) -> Broken:
        text = set_due(PLAN.read_text(encoding="utf-8"), MILESTONE, NEW_DUE)
        if ack is not None:
            text = acknowledge(text, *ack)
        text = prefix + text
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "plan.yaml"
        path.write_text(text, encoding="utf-8")
        lines = text.split("\n")
        (line,) = [i for i, s in enumerate(lines, 1) if f'due: "{NEW_DUE}"' in s]
        column = lines[line - 1].index(f'"{NEW_DUE}"') + 1
        return Broken(path, text, line, column, check_file(path))

    return make


@pytest.fixture
def broken(make_broken: MakeBroken) -> Broken:
    """The plan with milestone 1-afspraken-gemaakt due 2019-02-28: grid-deadline and
    wording-date errors at the new date, besides the plan's own (acknowledged) findings."""
    return make_broken()


@pytest.fixture
def write_text_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """write_text_file(name, text) -> path in tmp_path (for unreadable or schema-broken plans)."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def context(tmp_path: Path) -> Context:
    """Paths in reports are relative to tmp_path, where the broken copies are written."""
    return Context("9.9.9", base_dir=str(tmp_path))


@pytest.fixture
def sarif_schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 schema from ../shared (if absent: skipped locally, fails under CI)."""
    path: Path = _ROOT_CONFTEST.require_shared("schemas/sarif-schema-2.1.0.json")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@pytest.fixture
def bundled_plan() -> Path:
    return PLAN
