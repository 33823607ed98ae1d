"""`--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers.

One run whose `tool.driver.rules` lists every rule the gate knows (the stages `load` and
`schema`, the cross-checks in plancheck.rules.RULES and the acknowledgement checks in
plancheck.engine.ACK_RULES), each with its summary, its explanation, its whole documentation
as help and its default level. Each finding is one result:

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

This module also holds what the machine-readable reporters share: the rule catalogue
(`catalogue`), a finding's path as a report shows it (`report_path`) and the fingerprints
(`fingerprints`).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from plancheck.engine import ACK_RULES, CheckResult
from plancheck.findings import Finding, Severity
from plancheck.reporters import Context
from plancheck.rules import RULES

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "plancheck/v1"


@dataclass(frozen=True)
class RuleInfo:
    """What a report may say about a rule: id, default severity, one-line summary, full doc."""

    id: str
    severity: Severity
    summary: str
    doc: str


_LOAD = RuleInfo(
    "load",
    Severity.ERROR,
    "The file can be read as UTF-8 YAML without traps.",
    "The file can be read as UTF-8 YAML without traps.\n\n"
    "The plan file must be UTF-8 text (a byte-order mark is allowed), valid YAML, and a mapping\n"
    "of top-level keys. YAML 1.1 traps are refused rather than read silently wrong: duplicate\n"
    "keys, an unquoted `3.10` read as the number 3.1, `no` read as false, `012` read as 10.\n"
    "Hostile input is bounded: file size, nesting depth and alias expansion.\n\n"
    "Fix: as the message says; usually quote the value or correct the indentation.",
)
_SCHEMA = RuleInfo(
    "schema",
    Severity.ERROR,
    "The plan matches schema/plan.schema.json.",
    "The plan matches schema/plan.schema.json.\n\n"
    "Before any cross-check runs, the plan is validated against the JSON Schema shipped with\n"
    "plancheck (draft 2020-12): the keys it must have, their types and their formats. The\n"
    "message names the field; the hint comes from the field's description in the schema.\n\n"
    "Fix: correct the field as the message says.",
)


def catalogue() -> tuple[RuleInfo, ...]:
    """Every rule the gate knows, in pipeline order: load, schema, the rules, acknowledgements."""
    rules = [RuleInfo(r.id, r.severity, r.summary, r.doc) for r in RULES]
    acks = [
        RuleInfo(rule_id, severity, summary, f"{summary}\n\n{doc}")
        for rule_id, (severity, summary, doc) in ACK_RULES.items()
    ]
    return (_LOAD, _SCHEMA, *rules, *acks)


def explanation(rule: RuleInfo) -> str:
    """The doc's explanation: the paragraphs after the summary, before the examples."""
    paragraphs = [p.strip() for p in rule.doc.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[0] == rule.summary:
        paragraphs = paragraphs[1:]
    kept: list[str] = []
    for paragraph in paragraphs:
        if paragraph.startswith(("Fails:", "Warns:", "Fix:")):
            break
        kept.append(paragraph)
    return "\n\n".join(kept) or rule.summary


def report_path(file: str, base_dir: str = ".") -> str:
    """A finding's file as reports show it: relative to base_dir when inside it, with '/'.

    Paths outside base_dir stay as given (normalised), absolute ones absolute.
    """
    absolute = os.path.abspath(file)
    base = os.path.abspath(base_dir)
    try:
        inside = os.path.commonpath([absolute, base]) == base
    except ValueError:  # different drives on Windows
        inside = False
    if inside:
        return PurePath(os.path.relpath(absolute, base)).as_posix()
    if PurePath(file).is_absolute():
        return PurePath(absolute).as_posix()
    return posixpath.normpath(PurePath(file).as_posix())


def fingerprints(findings: Sequence[Finding], base_dir: str = ".") -> list[str]:
    """One fingerprint per finding, in order: sha256 of rule, path, subject and message.

    The line is left out on purpose, so that moving text does not change a fingerprint.
    Findings that would share one (same rule, path, subject and message) are told apart by
    their order: the second gets the hash of the same text with "#2" appended, and so on.
    """
    out: list[str] = []
    used: set[str] = set()
    for finding in findings:
        key = "\x1f".join(
            (finding.rule, report_path(finding.file, base_dir), finding.subject, finding.message)
        )
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
        ordinal = 1
        while digest in used:
            ordinal += 1
            digest = hashlib.sha256(
                f"{key}\x1f#{ordinal}".encode("utf-8", "surrogatepass")
            ).hexdigest()
        used.add(digest)
        out.append(digest)
    return out


def message_text(finding: Finding) -> str:
    """The message with its hint, as the one-line reports show it."""
    if finding.hint:
        return f"{finding.message} (how to fix: {finding.hint})"
    return finding.message


def all_findings(results: Iterable[CheckResult]) -> list[Finding]:
    return [finding for result in results for finding in result.findings]


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
