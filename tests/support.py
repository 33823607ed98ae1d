"""Shared test helpers (import them with `from support import ...`; the conftest files
share one module name, so tests never import from them).

Two plans:

- `PUBLISHED` (tests/fixtures/plan-2018-08-31.yaml) is the plan as published on 31-08-2018,
  frozen byte for byte. Every test that expects something of a plan's content (its
  findings, lines, texts, exports) reads this one, or an edited copy of it
  (`edited_plan`, `edited_text`), and computes line numbers from the text (`line_of`).
- `PLAN` (plan.yaml) belongs to the plan's owners, who may change it at any time: only
  tests/test_live_plan.py reads it, and asks no more of it than that it passes the gate and
  builds.

`require_tool` skips a test when an external program is missing on a developer's machine,
with a message that says how to install it, and fails instead when CI is set, so CI never
passes by skipping.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "plan.yaml"  # the live plan: see tests/test_live_plan.py, and nowhere else
PUBLISHED = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "tests" / "artifacts"


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def missing(what: str, how: str) -> None:
    """Skip (developer machine) or fail (CI) because `what` is not available."""
    message = f"{what} is not available; install it with: {how}"
    if in_ci():
        pytest.fail(message + " (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


def require_tool(name: str, how: str) -> str:
    # a console script installed beside this Python (a venv that is not activated) counts too
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        missing(name, how)
        raise AssertionError  # unreachable: missing() raises
    return path


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        missing(
            f"../shared/{relative}",
            "place the steering repository's shared/ folder (seeds, tools, schemas) beside this project, as ../shared",
        )
    return path


# the published plan, and edited copies of it

# An edit is (old, new), where `old` must occur exactly once in the text, or a function
# from the whole text to the new text (for an edit found by pattern).
Edit = tuple[str, str] | Callable[[str], str]


@functools.cache
def plan_text(path: Path = PUBLISHED) -> str:
    """The text of a plan file (by default the published plan), line ends as in the file."""
    return path.read_bytes().decode("utf-8")


def edit_text(text: str, *edits: Edit) -> str:
    """`text` with each edit applied in turn; an (old, new) whose `old` does not occur
    exactly once fails the test, so an edit can never silently miss or hit the wrong place."""
    for edit in edits:
        if callable(edit):
            text = edit(text)
            continue
        old, new = edit
        count = text.count(old)
        if count != 1:
            pytest.fail(f"edit: {old!r} occurs {count} times in the plan, not exactly once")
        text = text.replace(old, new)
    return text


def edited_text(*edits: Edit, source: Path = PUBLISHED) -> str:
    """The text of the published plan (or `source`) with the edits applied."""
    return edit_text(plan_text(source), *edits)


def edited_plan(
    folder: Path, *edits: Edit, name: str = "plan.yaml", source: Path = PUBLISHED
) -> Path:
    """Write the published plan (or `source`) with the edits applied to folder/name, and
    return its path; with no edits, a byte-for-byte copy."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(edited_text(*edits, source=source).encode("utf-8"))
    return path


def _position(text: str, needle: str, occurrence: int | None) -> int:
    count = text.count(needle)
    if occurrence is None:
        if count != 1:
            pytest.fail(f"line_of: {needle!r} occurs {count} times, not exactly once")
        occurrence = 1
    if not 1 <= occurrence <= count:
        pytest.fail(f"line_of: {needle!r} occurs {count} times, not {occurrence} or more")
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return at


def line_of(text: str, needle: str, occurrence: int | None = None) -> int:
    """The 1-based line on which `needle` starts in `text`.

    Without `occurrence` the needle must occur exactly once; with it, the line of its
    occurrence-th (1-based) occurrence, which must exist. Anything else fails the test.
    """
    return text.count("\n", 0, _position(text, needle, occurrence)) + 1


def column_of(text: str, needle: str, occurrence: int | None = None) -> int:
    """The 1-based column at which `needle` starts on its line (same rules as `line_of`)."""
    at = _position(text, needle, occurrence)
    return at - (text.rfind("\n", 0, at) + 1) + 1


# the progress log (`progress:`), appended to the published plan, which has none


def with_progress(entries: str) -> Edit:
    """An edit that appends `progress:` with the given entries (YAML list items, indented
    by two spaces) to the end of the plan."""
    return lambda text: text + "progress:\n" + entries


def check_as_of(text: str, as_of: str | None = None):  # type: ignore[no-untyped-def]
    """Check a plan text (that passes the schema) as `plancheck check --as-of` does."""
    import datetime as dt

    from plancheck.engine import check_document
    from plancheck.loader import load_text

    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    day = dt.date.fromisoformat(as_of) if as_of else None
    result = check_document(loaded.document, as_of=day)
    assert result.plan is not None, [(f.rule, f.message) for f in result.findings]
    return result


def findings_of(rule: str, text: str, as_of: str | None = None) -> list[tuple[int, str, str]]:
    """(line, subject, message) of the active findings of one rule."""
    return [
        (f.span.line if f.span else 0, f.subject, f.message)
        for f in check_as_of(text, as_of).findings
        if f.rule == rule and not f.suppressed
    ]


# The published plan's two acknowledgements about measure 6 (its factsheet due in June, its X
# in May): what a plan owner removes when moving that deadline and its grid X, as several
# tests of a plan change do.
MEASURE_6_ACKNOWLEDGEMENTS = (
    "  - rule: grid-deadline\n"
    "    subject: 6-factsheet\n"
    '    facts: {due: "2018-06-30", marks: "2018-05", slot: "work 2018-06"}\n'
    "    reason: As published 31-08-2018, the factsheet is due before 1 July 2018 (June) but "
    "marked in May; for the plan owner to resolve.\n"
    "  - rule: grid-mark-unexplained\n"
    "    subject: 6/work/2018-05\n"
    '    facts: {mark: "work 2018-05", milestones: "work 2018-06"}\n'
    "    reason: As published 31-08-2018, the May 2018 mark of measure 6 matches no milestone "
    "(its factsheet is due in June); for the plan owner to resolve.\n"
)
