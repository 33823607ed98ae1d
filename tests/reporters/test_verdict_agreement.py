"""No reporter decides the verdict itself: each says what `Context.verdict` says.

For a warning, an error, acknowledged findings and an unreadable file, with and without
--strict: the text and GitHub summary lines and the GitHub job summary carry the verdict's
word and counts, the JUnit outcomes are exactly the findings the verdict counts against
the gate, and the JSON, GitLab and SARIF reports (which state no verdict) do not change
with --strict.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from starter_edits import GRID_DEADLINE, WARNING_ONLY, check_text, starter

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity
from plancheck.reporters import Context, renderer
from plancheck.reporters.github import step_summary_markdown

UNREADABLE = CheckResult(
    "trap.yaml", (Finding("load", Severity.ERROR, "duplicate key", "trap.yaml"),), unreadable=True
)
ACKNOWLEDGED = CheckResult(
    "acked.yaml",
    (
        Finding("footnote-unused", Severity.WARNING, "m", "acked.yaml", suppressed_reason="r"),
        Finding("grid-deadline", Severity.ERROR, "m", "acked.yaml", suppressed_reason="r"),
    ),
)


def _runs() -> dict[str, list[CheckResult]]:
    warned = check_text(starter(WARNING_ONLY))
    broken = check_text(starter(GRID_DEADLINE))
    return {
        "warning": [warned],
        "error": [broken],
        "acknowledged": [ACKNOWLEDGED],
        "unreadable": [UNREADABLE],
        "clean": [check_text(starter())],
        "several": [warned, ACKNOWLEDGED],
    }


RUNS = _runs()


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("run", RUNS)
def test_every_report_says_what_the_verdict_says(run, strict):
    results = RUNS[run]
    context = Context("1", strict=strict)
    verdict = context.verdict(results)
    if run in ("warning", "several"):
        assert verdict.passed is not strict
    word = f": {verdict.word}: {verdict.errors} error"
    count = f", {verdict.warnings} warning"
    for fmt in ("text", "github"):
        last = renderer(fmt)(results, context).rstrip("\n").split("\n")[-1]
        assert word in last and count in last, (fmt, last)
        assert last.endswith(f", {verdict.acknowledged} acknowledged")
    heading = step_summary_markdown(results, strict=strict).split("\n")[0]
    assert word in heading and count in heading

    root = ET.fromstring(renderer("junit")(results, context))
    failed = {
        (suite.get("name"), case.get("name"))
        for suite in root.iter("testsuite")
        for case in suite.iter("testcase")
        if case.find("failure") is not None or case.find("error") is not None
    }
    counted = {
        (result.path, finding.rule)
        for result in results
        for finding in result.findings
        if verdict.fails(finding)
    }
    assert failed == counted
    assert bool(failed) is not verdict.passed
    totals = int(root.get("failures", "0")) + int(root.get("errors", "0"))
    assert (totals > 0) is not verdict.passed


@pytest.mark.parametrize("fmt", ["json", "gitlab", "sarif"])
@pytest.mark.parametrize("run", RUNS)
def test_the_reports_without_a_verdict_do_not_change_with_strict(fmt, run):
    results = RUNS[run]
    render = renderer(fmt)
    assert render(results, Context("1", strict=True)) == render(results, Context("1"))
