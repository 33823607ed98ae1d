"""`--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`).

A JSON array with one issue per active finding, with the fields GitLab processes
(https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):

- `description`: the message, with the hint after it as "(how to fix: ...)";
- `check_name`: the rule id;
- `fingerprint`: sha256 of rule, path, subject and message (not the line, so moving text
  does not turn a finding into a new one in the merge request widget); GitLab keeps one
  issue per fingerprint, so findings that would share one are told apart by their order
  (see plancheck.reporters.sarif.fingerprints, which SARIF uses too);
- `severity`: error -> "major", warning -> "minor", note -> "info". "critical" and
  "blocker" are left for security and breaking defects, as the common linter reports do
  (eslint-formatter-gitlab: error major, warning minor); GitLab sorts by this word;
- `location.path` (relative to the checkout, `Context.base_dir`) and `location.lines`
  (`begin`, and `end` where known; a finding without a place points at line 1).

Acknowledged (suppressed) findings are left out: the plan acknowledges them, and a report
of open issues should not list them (the text, JSON and SARIF reports still show them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity
from plancheck.reporters import Context
from plancheck.reporters.common import all_findings, fingerprints, message_text, report_path

SEVERITY = {
    Severity.ERROR: "major",
    Severity.WARNING: "minor",
    Severity.NOTE: "info",
}


def issue(finding: Finding, fingerprint: str, base_dir: str = ".") -> dict[str, Any]:
    span = finding.span
    lines: dict[str, int] = {"begin": span.line if span else 1}
    if span is not None and span.end_line is not None:
        lines["end"] = span.end_line
    return {
        "description": message_text(finding),
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITY[finding.severity],
        "location": {"path": report_path(finding.file, base_dir), "lines": lines},
    }


def render(results: Sequence[CheckResult], context: Context) -> str:
    findings = all_findings(results)
    # Fingerprints are taken over all findings, acknowledged ones too, so that acknowledging
    # one finding never changes the fingerprint of another (and they match the SARIF log).
    prints = fingerprints(findings, context.base_dir)
    issues = [
        issue(finding, fingerprint, context.base_dir)
        for finding, fingerprint in zip(findings, prints, strict=True)
        if not finding.suppressed
    ]
    # ASCII-only output: any character (even a lone surrogate from a YAML escape) survives.
    return json.dumps(issues, ensure_ascii=True, indent=2) + "\n"
