"""Helpers for the rule tests: the published plan, broken copies of it, and their findings.

The plan here is the published one (tests/fixtures/plan-2018-08-31.yaml, support.PUBLISHED),
never the live plan.yaml, which its owners may change. A broken copy is that text with a few
exact pieces replaced (support.edit_text: each must occur exactly once, so an edit can never
silently miss or hit the wrong place); lines are computed with support.line_of. Findings are
compared as (rule, severity, subject, line, message) tuples, so a failing test prints
everything that differs. The tests get the helpers through the `plans` fixture.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from support import Edit, column_of, edit_text, line_of, plan_text

from plancheck.engine import CheckResult, check_document
from plancheck.findings import Finding
from plancheck.loader import load_text

PLAN_TEXT = plan_text()  # the published plan


class Seen(NamedTuple):
    """What a test compares of a finding."""

    rule: str
    severity: str
    subject: str
    line: int
    message: str


def seen(finding: Finding) -> Seen:
    assert finding.span is not None, finding
    return Seen(
        finding.rule, finding.severity.value, finding.subject, finding.span.line, finding.message
    )


def edit_plan(*edits: Edit) -> str:
    """The published plan with each (old, new) applied; `old` must occur exactly once."""
    return edit_text(PLAN_TEXT, *edits)


def run(text: str) -> CheckResult:
    """Check a plan text that loads and passes the schema (so the rules ran)."""
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    result = check_document(loaded.document)
    assert result.plan is not None, [seen(f) for f in result.findings]
    return result


def active_findings(text: str, rule: str | None = None) -> list[Finding]:
    """The findings that are not acknowledged, of one rule or of all, in file order."""
    return [f for f in run(text).findings if not f.suppressed and (rule is None or f.rule == rule)]


def active(text: str, rule: str | None = None) -> list[Seen]:
    return [seen(f) for f in active_findings(text, rule)]


class Plans:
    """The helpers above, for the tests (a test module cannot import a conftest)."""

    text = PLAN_TEXT
    edit = staticmethod(edit_plan)
    line_of = staticmethod(line_of)
    column_of = staticmethod(column_of)
    run = staticmethod(run)
    active = staticmethod(active)
    findings = staticmethod(active_findings)
    seen = staticmethod(seen)

    def __init__(self) -> None:
        self.bundled = run(PLAN_TEXT)

    def bundled_active(self, rule: str) -> list[Seen]:
        """The published plan's active findings of the rule (after its acknowledgements)."""
        return [seen(f) for f in self.bundled.findings if f.rule == rule and not f.suppressed]

    def milestone_due(self, milestone: str, old: str, new: str) -> tuple[str, str]:
        """An edit that changes the `due:` line of one milestone from `old` to `new`."""
        start = PLAN_TEXT.index(f"- id: {milestone}\n")
        end = PLAN_TEXT.index(f"due: {old}\n", start) + len(f"due: {old}\n")
        block = PLAN_TEXT[start:end]
        return block, block.replace(f"due: {old}\n", f"due: {new}\n")


@pytest.fixture(scope="session")
def plans() -> Plans:
    return Plans()
