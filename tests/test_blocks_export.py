"""Problem.blocks_export: the rules, not the commands, say which findings --force never
overrides (text-characters: every problem; grid-period: a planning period that runs
backwards or spans more than the grid allows), and the engine carries it onto the finding."""

from __future__ import annotations

import inspect

import pytest
from starter_edits import (
    CONTROL_CHARACTER,
    GRID_DEADLINE,
    MARK_OUTSIDE,
    PERIOD_BACKWARDS,
    PERIOD_TOO_LONG,
    WARNING_ONLY,
    check_text,
    starter,
)

from plancheck.findings import Finding, Severity
from plancheck.problem import Problem
from plancheck.rules import RULES

BLOCKING_RULES = {"text-characters", "grid-period", "footnote-limit"}


def _findings(*edits: tuple[str, str]) -> list[Finding]:
    result = check_text(starter(*edits))
    assert result.plan is not None, result.findings
    return list(result.findings)


def test_a_problem_does_not_block_unless_its_rule_says_so():
    assert Problem(("planning",), "m", "s").blocks_export is False
    assert Finding("r", Severity.ERROR, "m", "plan.yaml").blocks_export is False


@pytest.mark.parametrize(
    "edit, rule",
    [
        (CONTROL_CHARACTER, "text-characters"),
        (PERIOD_BACKWARDS, "grid-period"),
        (PERIOD_TOO_LONG, "grid-period"),
    ],
    ids=["control-character", "period-backwards", "period-too-long"],
)
def test_the_findings_no_export_may_override(edit, rule):
    blocking = [f for f in _findings(edit) if f.blocks_export]
    assert blocking and {f.rule for f in blocking} == {rule}, blocking


@pytest.mark.parametrize(
    "edit",
    [WARNING_ONLY, GRID_DEADLINE, MARK_OUTSIDE],
    ids=["footnote-unused", "grid-deadline", "mark-outside-the-period"],
)
def test_other_findings_can_be_forced(edit):
    findings = _findings(edit)
    assert findings
    assert not [f for f in findings if f.blocks_export]


def test_a_mark_outside_the_period_is_a_grid_period_finding_that_does_not_block():
    found = [f for f in _findings(MARK_OUTSIDE) if f.rule == "grid-period"]
    assert found and not any(f.blocks_export for f in found)


def test_only_the_blocking_rules_set_the_flag():
    """No other rule module so much as mentions it (a new one that should: add it here)."""
    setting = {
        rule.id
        for rule in RULES
        if "blocks_export" in inspect.getsource(inspect.getmodule(rule.check))  # type: ignore[arg-type]
    }
    assert setting == BLOCKING_RULES
