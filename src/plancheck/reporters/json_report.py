"""`--format json`: every finding with all its fields, for scripts and dashboards.

`fix` lists the changes a finding's hint names in machine form, each an `op` (`set` the
value at `path`, `delete` the key or list item there, `add` `value` to the list there,
`remove` it from that list), the data `path` (keys and list indexes) and its `description`
as the hint words it; applied together they pass the gate (docs/ci.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from plancheck.engine import CheckResult
from plancheck.findings import Finding
from plancheck.reporters import Context


def finding_dict(finding: Finding) -> dict[str, Any]:
    span = finding.span
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "file": finding.file,
        "line": span.line if span else None,
        "column": span.column if span else None,
        "end_line": span.end_line if span else None,
        "end_column": span.end_column if span else None,
        "hint": finding.hint,
        "subject": finding.subject,
        "suppressed": finding.suppressed,
        "suppressed_reason": finding.suppressed_reason,
        # the changes the hint names, tried to pass the gate together (plancheck.fixes): an
        # editor may offer them as a quick fix; empty where no change is known for sure
        "fix": [
            {"op": c.op, "path": list(c.path), "value": c.value, "description": c.describe()}
            for c in finding.fix
        ],
    }


def render(results: Sequence[CheckResult], context: Context) -> str:
    document = {
        "tool": {"name": "plancheck", "version": context.tool_version},
        "files": [
            {
                "path": r.path,
                "readable": not r.unreadable,
                "findings": [finding_dict(f) for f in r.findings],
            }
            for r in results
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
