"""`--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers.

One run whose `tool.driver.rules` lists every rule the gate knows (plancheck.catalogue: the
stages `load` and `schema`, the cross-checks and the acknowledgement checks), each with its
summary, its explanation, its whole documentation as help and its default level. Each
finding is one result:

- `level` is the finding's (configured) severity; SARIF's words are the gate's words;
- `message.text` is the message with the hint after it, as "(how to fix: ...)";
- the location is the plan's path relative to `%SRCROOT%` (the checkout, `Context.base_dir`)
  with the region where known; columns count Unicode code points (`columnKind`), as the
  loader does;
- `partialFingerprints["plancheck/v1"]` is the same fingerprint as the GitLab report's:
  a hash of rule, path, subject and message, so it survives lines moving;
- an acknowledged finding is kept, with `suppressions: [{kind: "inSource", justification:
  reason}]` (the acknowledgement is in the plan itself); SARIF consumers such as GitHub code
  scanning then show it as dismissed rather than open.

"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from plancheck.catalogue import RuleInfo, catalogue
from plancheck.engine import CheckResult
from plancheck.findings import Finding
from plancheck.reporters import Context
from plancheck.reporters.common import (
    all_findings,
    explanation,
    fingerprints,
    message_text,
    report_path,
)

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "plancheck/v1"


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": explanation(rule)},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": rule.severity.value},
    }


def _artifact_location(file: str, base_dir: str) -> dict[str, Any]:
    path = report_path(file, base_dir)
    if PurePath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def _location(finding: Finding, base_dir: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact_location(finding.file, base_dir)}
    span = finding.span
    if span is not None:
        region: dict[str, int] = {"startLine": span.line, "startColumn": span.column}
        if span.end_line is not None:
            region["endLine"] = span.end_line
        if span.end_column is not None:
            region["endColumn"] = span.end_column
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(finding: Finding, index: int, fingerprint: str, base_dir: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": finding.severity.value,
        "message": {"text": message_text(finding)},
        "locations": [_location(finding, base_dir)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if finding.suppressed_reason is not None:
        result["suppressions"] = [
            {"kind": "inSource", "status": "accepted", "justification": finding.suppressed_reason}
        ]
    if finding.subject:
        result["properties"] = {"subject": finding.subject}
    return result


def render(results: Sequence[CheckResult], context: Context) -> str:
    rules = list(catalogue())
    index = {rule.id: i for i, rule in enumerate(rules)}
    findings = all_findings(results)
    for finding in findings:  # a rule the catalogue does not know still gets a descriptor
        if finding.rule not in index:
            index[finding.rule] = len(rules)
            rules.append(RuleInfo(finding.rule, finding.severity, finding.rule, finding.rule))
    prints = fingerprints(findings, context.base_dir)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "plancheck",
                        "version": context.tool_version,
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(f, index[f.rule], fp, context.base_dir)
                    for f, fp in zip(findings, prints, strict=True)
                ],
            }
        ],
    }
    # ASCII-only output: any character (even a lone surrogate from a YAML escape) survives.
    return json.dumps(log, ensure_ascii=True, indent=2) + "\n"
