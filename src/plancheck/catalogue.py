"""Every rule the gate knows, in pipeline order: the one list of rule ids, for `plancheck
rules`, `explain`, the docs, the configuration, the acknowledgements and the reports.

In pipeline order: the stages `load` (plancheck.loader) and `schema` (plancheck.validation),
the cross-checks (plancheck.rules, each documented in its own module), the check of the
editor's plan-specific schema (plancheck.plan_schema) and the acknowledgement checks (applied by plancheck.acknowledgements). The stages and the
acknowledgement checks have no module of their own to document them, so their ids and
documentation are defined here.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from plancheck import i18n, loader, plan_schema, validation
from plancheck.findings import Severity
from plancheck.i18n import N_, _
from plancheck.record import Record, record
from plancheck.rules import RULES

LOAD = loader.RULE  # each stage, like each rule module, names its own id
SCHEMA = validation.RULE
STAGES = (LOAD, SCHEMA)  # always run, in this order; the pipeline stops at the first that fails

# applied by the engine after the rules: it reads the file the plan's modeline names
EDITOR_SCHEMA = plan_schema.ID

ACK_REASON = "acknowledgement-reason"
ACK_STALE = "acknowledgement-stale"
# id -> (default severity, summary, documentation)
ACK_RULES: dict[str, tuple[Severity, str, str]] = {
    ACK_REASON: (
        Severity.ERROR,
        N_("An acknowledgement gives its reason."),
        N_(
            "An entry in `acknowledged` suppresses a finding so the published plan can stay as it is;\n"
            "it must say why (for example 'as published 1.0; for the plan owner to resolve'),\n"
            "so that a reader of the report sees that the inconsistency is known and who resolves it.\n\n"
            "Fails:\n\n    acknowledged:\n      - rule: grid-deadline\n        subject: 6-factsheet\n\n"
            "Fix: add `reason: ...`."
        ),
    ),
    ACK_STALE: (
        Severity.WARNING,
        N_("An acknowledgement still matches a finding."),
        N_(
            "An entry in `acknowledged` that no longer matches any finding hides nothing and only\n"
            "confuses; it is reported as stale. That happens when the inconsistency was resolved or\n"
            "its subject renamed, and when it changed: an acknowledgement accepts the facts it\n"
            "names (a due date, a row's marks), so a moved deadline is a new finding, shown again,\n"
            "and the hint shows the `facts:` that would accept it.\n\n"
            "Warns:\n\n    acknowledged:\n      - rule: grid-deadline\n        subject: m-report\n"
            '        facts: {due: "2025-06-30", marks: "2025-05", slot: "work 2025-06"}   # due moved\n\n'
            "Fix: remove the entry, or fix the plan, or (if the plan's owners accept the new\n"
            "inconsistency) write the facts the hint shows."
        ),
    ),
}


@record
class RuleInfo(Record):
    """What a report may say about a rule: id, default severity, one-line summary, full doc.

    `stage` marks `load` and `schema`: they always run, and a configuration cannot turn
    them off or change their severity.
    """

    id: str
    severity: Severity
    summary: str
    doc: str
    stage: bool = False


_LOAD = RuleInfo(
    LOAD,
    Severity.ERROR,
    N_("The file can be read as UTF-8 YAML without traps."),
    N_(
        "The file can be read as UTF-8 YAML without traps.\n\n"
        "The plan file must be UTF-8 text (a byte-order mark is allowed), valid YAML, and a mapping\n"
        "of top-level keys. YAML 1.1 traps are refused rather than read silently wrong: duplicate\n"
        "keys, an unquoted `3.10` read as the number 3.1, `no` read as false, `012` read as 10.\n"
        "Hostile input is bounded: file size, nesting depth and alias expansion.\n\n"
        "Fix: as the message says; usually quote the value or correct the indentation."
    ),
    stage=True,
)
_SCHEMA = RuleInfo(
    SCHEMA,
    Severity.ERROR,
    N_("The plan matches schema/plan.schema.json."),
    N_(
        "The plan matches schema/plan.schema.json.\n\n"
        "Before any cross-check runs, the plan is validated against the JSON Schema shipped with\n"
        "plancheck (draft 2020-12): the keys it must have, their types and their formats. The\n"
        "message names the field; the hint comes from the field's description in the schema.\n\n"
        "Fix: correct the field as the message says."
    ),
    stage=True,
)


def catalogue() -> tuple[RuleInfo, ...]:
    """Every rule the gate knows, in pipeline order: load, schema, the rules, acknowledgements;
    their summaries and documentation in the language in force (plancheck.i18n)."""
    return _catalogue(i18n.current())


@functools.cache
def _catalogue(language: str) -> tuple[RuleInfo, ...]:
    with i18n.using(language):
        # a rule's documentation is one message (its docstring); its summary the first line
        rules = [_translated(RuleInfo(r.id, r.severity, r.summary, r.doc)) for r in RULES]
        rules.append(
            _translated(
                RuleInfo(EDITOR_SCHEMA, plan_schema.SEVERITY, plan_schema.SUMMARY, plan_schema.DOC)
            )
        )
        acks = [
            RuleInfo(rule_id, severity, _(summary), f"{_(summary)}\n\n{_(doc)}")
            for rule_id, (severity, summary, doc) in ACK_RULES.items()
        ]
        stages = [
            RuleInfo(s.id, s.severity, _(s.summary), _(s.doc), stage=True) for s in (_LOAD, _SCHEMA)
        ]
        return (*stages, *rules, *acks)


def _translated(rule: RuleInfo) -> RuleInfo:
    doc = _(rule.doc)
    return RuleInfo(rule.id, rule.severity, doc.splitlines()[0], doc, rule.stage)


def rule_ids() -> tuple[str, ...]:
    """The id of every rule the gate knows, in pipeline order."""
    return tuple(rule.id for rule in catalogue())


def configurable_ids() -> frozenset[str]:
    """The rules a configuration may disable or give another severity: all but the stages."""
    return frozenset(rule.id for rule in catalogue() if not rule.stage)


def rule_info(rule_id: str) -> RuleInfo | None:
    """The catalogue's entry for `rule_id`, or None for an id the gate does not know."""
    return next((rule for rule in catalogue() if rule.id == rule_id), None)


def rules_run(*, loaded: bool, valid: bool, disabled: Collection[str] = ()) -> tuple[str, ...]:
    """The rules that ran on one file, in pipeline order: `load`; `schema` if it loaded; the
    rules and acknowledgement checks the configuration did not disable if it was valid."""
    if not loaded:
        return (LOAD,)
    if not valid:
        return STAGES
    return tuple(rule.id for rule in catalogue() if rule.stage or rule.id not in disabled)
