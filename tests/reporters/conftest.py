"""Fixtures for the reporter tests: broken copies of the published plan, checked by the real engine.

The plan here is the published one (tests/fixtures/plan-2018-08-31.yaml, support.PUBLISHED),
never the live plan.yaml. It is read, never written: each test writes an edited copy into
tmp_path (support.edited_plan). The changes are found by pattern and the expected positions
are computed from the changed text, so the tests depend on no line number of any plan.

Test modules here import nothing from the conftests (two conftest.py files share one module
name); they get what they need through these fixtures (or from support.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from support import PUBLISHED, edited_plan, line_of, require_shared

from plancheck.acknowledgements import facts_yaml
from plancheck.engine import CheckResult, check_document, check_file
from plancheck.findings import Finding
from plancheck.loader import load_text
from plancheck.reporters import Context

MILESTONE = "1-afspraken-gemaakt"
NEW_DUE = "2019-02-28"  # no X in February 2019 on measure 1's row, and not what '01-01-2019' says


def set_due(text: str, milestone: str, due: str) -> str:
    """The plan text with the `due:` of one milestone changed."""
    pattern = re.compile(
        rf"- id: {re.escape(milestone)}\n(?:[ \t]+(?!- )[^\n]*\n)*?[ \t]+due: (\"[^\"\n]*\")"
    )
    match = pattern.search(text)
    assert match, f"milestone {milestone} with a due: line not found in the plan"
    return text[: match.start(1)] + f'"{due}"' + text[match.end(1) :]


def acknowledge(text: str, rule: str, subject: str, reason: str) -> str:
    """The plan text with one more entry in `acknowledged` (as its first entry), accepting
    the facts of the finding as the gate reports them now (as a plan owner copies them
    from the hint)."""
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    found = [
        f
        for f in check_document(loaded.document).findings
        if (f.rule, f.subject) == (rule, subject)
    ]
    assert found, f"no finding {rule} for {subject!r} to acknowledge"
    text = re.sub(r"(?m)^acknowledged:[ \t]*\[\][ \t]*$", "acknowledged:", text)
    match = re.search(r"(?m)^acknowledged:[ \t]*(#.*)?$", text)
    assert match, "no block `acknowledged:` in the plan"
    facts = f"\n    facts: {facts_yaml(found[0].facts)}" if found[0].facts else ""
    entry = (
        f"\n  - rule: {rule}\n    subject: {json.dumps(subject)}{facts}"
        f"\n    reason: {json.dumps(reason)}"
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
        path = edited_plan(
            folder,
            lambda text: set_due(text, MILESTONE, NEW_DUE),
            lambda text: text if ack is None else acknowledge(text, *ack),
            lambda text: prefix + text,
        )
        text = path.read_text("utf-8")
        needle = f'\n            due: "{NEW_DUE}"'  # the milestone's, not an acknowledgement's
        line = line_of(text, needle) + 1
        column = len("            due: ") + 1
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
    path: Path = require_shared("schemas/sarif-schema-2.1.0.json")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@pytest.fixture
def bundled_plan() -> Path:
    """The published plan (tests/fixtures/plan-2018-08-31.yaml), never the live plan.yaml."""
    return PUBLISHED
