"""Run the pipeline: load -> schema -> model -> rules -> findings (with acknowledgements).

Rules say where and what; the engine stamps the rule id, the configured severity and the
source position on each problem, then applies the plan's acknowledgements: a matching
acknowledgement suppresses the finding (it is still reported, as suppressed), one without a
reason is itself an error, and one that matches nothing is reported as stale.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path

from plancheck import validation
from plancheck.config import Config
from plancheck.findings import Finding, Severity
from plancheck.loader import Document, load_file
from plancheck.model import Plan, build_plan
from plancheck.rules import RULES, Problem

ACK_REASON = "acknowledgement-reason"
ACK_STALE = "acknowledgement-stale"
ACK_RULES = {
    ACK_REASON: (
        Severity.ERROR,
        "An acknowledgement gives its reason.",
        "An entry in `acknowledged` suppresses a finding so the published plan can stay as it is;\n"
        "it must say why (for example 'as published 31-08-2018; for the plan owner to resolve'),\n"
        "so that a reader of the report sees that the inconsistency is known and who resolves it.\n\n"
        "Fails:\n\n    acknowledged:\n      - rule: grid-deadline\n        subject: 6-factsheet\n\n"
        "Fix: add `reason: ...`.",
    ),
    ACK_STALE: (
        Severity.WARNING,
        "An acknowledgement still matches a finding.",
        "An entry in `acknowledged` that no longer matches any finding (the inconsistency was\n"
        "resolved, or the subject was renamed) hides nothing and only confuses; it is reported\n"
        "as stale.\n\n"
        "Warns:\n\n    acknowledged:\n      - rule: grid-deadline\n        subject: 6-factsheet   # now consistent\n\n"
        "Fix: remove the entry.",
    ),
}


@dataclass(frozen=True)
class CheckResult:
    """Findings for one plan file; `plan` is set when it got as far as the model."""

    path: str
    findings: tuple[Finding, ...]
    unreadable: bool = False
    plan: Plan | None = None
    document: Document | None = field(default=None, repr=False)
    lines: tuple[str, ...] = field(default=(), repr=False)  # the source, for showing lines
    disabled: frozenset[str] = frozenset()  # rules the configuration turned off


def check_file(path: str | Path, config: Config | None = None) -> CheckResult:
    config = config or Config()
    name = str(path)
    loaded = load_file(path)
    if loaded.document is None:
        # the lines as the loader read them: the file is never opened twice (a named pipe
        # gives its content once)
        return CheckResult(name, loaded.findings, unreadable=True, lines=loaded.lines)
    return check_document(loaded.document, config)


def check_document(document: Document, config: Config | None = None) -> CheckResult:
    config = config or Config()
    schema_findings = validation.validate(document)
    if schema_findings:
        return CheckResult(
            document.path, tuple(schema_findings), document=document, lines=document.lines
        )
    plan = build_plan(document.data, document.path)
    findings: list[Finding] = []
    for rule in RULES:
        if not config.enabled(rule.id):
            continue
        severity = config.severity(rule.id, rule.severity)
        for problem in rule.check(plan):
            findings.append(_finding(document, rule.id, severity, problem))
    findings = _acknowledge(document, plan, findings, config)
    findings.sort(
        key=lambda f: (f.span.line if f.span else 0, f.span.column if f.span else 0, f.rule)
    )
    return CheckResult(
        document.path,
        tuple(findings),
        plan=plan,
        document=document,
        lines=document.lines,
        disabled=config.disabled,
    )


def _finding(document: Document, rule: str, severity: Severity, problem: Problem) -> Finding:
    span = document.span(problem.path, key=problem.key)
    return Finding(
        rule, severity, problem.message, document.path, span, problem.hint, problem.subject
    )


def _acknowledge(
    document: Document, plan: Plan, findings: list[Finding], config: Config
) -> list[Finding]:
    out: list[Finding] = []
    used: set[int] = set()
    acks = plan.acknowledged
    for finding in findings:
        match = next(
            (
                i
                for i, a in enumerate(acks)
                if a.rule == finding.rule and a.subject == finding.subject
            ),
            None,
        )
        if match is not None and (acks[match].reason or "").strip():
            used.add(match)
            out.append(replace(finding, suppressed_reason=(acks[match].reason or "").strip()))
        else:
            if match is not None:
                used.add(match)
            out.append(finding)
    for i, ack in enumerate(acks):
        if not (ack.reason or "").strip() and config.enabled(ACK_REASON):
            out.append(
                Finding(
                    ACK_REASON,
                    config.severity(ACK_REASON, ACK_RULES[ACK_REASON][0]),
                    f"the acknowledgement of {ack.rule} for '{ack.subject}' gives no reason",
                    document.path,
                    document.span(ack.path),
                    "add `reason:`, for example 'as published 31-08-2018; for the plan owner to resolve'",
                    ack.subject,
                )
            )
        elif i not in used and config.enabled(ACK_STALE) and config.enabled(ack.rule):
            # (an acknowledgement of a rule the configuration disables is not stale: the
            # rule did not run, so the inconsistency it names may well still be there)
            known = [*(r.id for r in RULES), *ACK_RULES, "schema", "load"]
            if ack.rule in known:
                message = (
                    f"the acknowledgement of {ack.rule} for '{ack.subject}' matches no finding"
                )
                hint = "remove it: the inconsistency is gone (or the subject was renamed)"
            else:
                close = difflib.get_close_matches(ack.rule, known, n=1)
                message = f"the acknowledgement names the rule '{ack.rule}', which does not exist"
                hint = (
                    f"did you mean '{close[0]}'?" if close else "`plancheck rules` lists the rules"
                )
            out.append(
                Finding(
                    ACK_STALE,
                    config.severity(ACK_STALE, ACK_RULES[ACK_STALE][0]),
                    message,
                    document.path,
                    document.span(ack.path),
                    hint,
                    ack.subject,
                )
            )
    return out
