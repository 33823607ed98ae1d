"""Every rule the gate knows, in pipeline order, for `plancheck rules`, `explain`, the docs
and the reports: the stages `load` and `schema`, the cross-checks (plancheck.rules) and the
acknowledgement checks (plancheck.engine)."""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.engine import ACK_RULES
from plancheck.findings import Severity
from plancheck.rules import RULES


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
