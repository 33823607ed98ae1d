"""Run the pipeline: load -> schema -> model -> rules -> findings (with acknowledgements).

Rules say where and what; the engine stamps the rule id, the configured severity and the
source position on each problem, then applies the plan's acknowledgements
(plancheck.acknowledgements).
"""

from __future__ import annotations

import datetime as dt
import os

from plancheck import fixes, i18n, plan_schema, validation
from plancheck.acknowledgements import acknowledge
from plancheck.catalogue import ACK_REASON, ACK_RULES, ACK_STALE
from plancheck.config import Config
from plancheck.findings import Finding, Severity
from plancheck.loader import Document, load_file
from plancheck.model import Plan, build_plan
from plancheck.problem import Base, Problem
from plancheck.record import Record, field, record, replace
from plancheck.rules import AS_OF_RULES, BASE_RULES, RULES

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

# the acknowledgement rules, defined in plancheck.catalogue, importable from here as before
__all__ = ["ACK_REASON", "ACK_RULES", "ACK_STALE", "CheckResult", "check_document", "check_file"]


@record
class CheckResult(Record):
    """Findings for one plan file; `plan` is set when it got as far as the model."""

    path: str
    findings: tuple[Finding, ...]
    unreadable: bool = False
    plan: Plan | None = None
    document: Document | None = field(default=None, repr=False)
    lines: tuple[str, ...] = field(default=(), repr=False)  # the source, for showing lines
    disabled: frozenset[str] = frozenset()  # did not run: configuration, no base, no date
    language: str = field(default_factory=i18n.current)  # of the findings (plancheck.i18n)


def check_file(
    path: str | os.PathLike[str],
    config: Config | None = None,
    base: Base | None = None,
    as_of: dt.date | None = None,
) -> CheckResult:
    config = config or Config()
    name = str(path)
    loaded = load_file(path)
    if loaded.document is None:
        # the lines as the loader read them: the file is never opened twice (a named pipe
        # gives its content once)
        # in the language the loader spoke: the one the file names, if any
        language = i18n.for_plan(i18n.sniff("\n".join(loaded.lines).encode("utf-8", "replace")))
        return CheckResult(
            name, loaded.findings, unreadable=True, lines=loaded.lines, language=language
        )
    return check_document(loaded.document, config, base, as_of)


def check_document(
    document: Document,
    config: Config | None = None,
    base: Base | None = None,
    as_of: dt.date | None = None,
) -> CheckResult:
    """`base`: the plan as committed in a revision, for the rules about the change since
    then (`check --base REV`); `as_of`: the day the progress rules check the plan on
    (`check --as-of DATE`). Without them those rules do not run."""
    with i18n.using(i18n.for_plan(_language_tag(document))):
        return _check_document(document, config, base, as_of)


def _language_tag(document: Document) -> str | None:
    """The plan's `document.language` where the data has one."""
    data = document.data
    head = data.get("document") if isinstance(data, dict) else None
    tag = head.get("language") if isinstance(head, dict) else None
    return tag if isinstance(tag, str) else None


def _check_document(
    document: Document, config: Config | None, base: Base | None, as_of: dt.date | None
) -> CheckResult:
    config = config or Config()
    if base is None:
        config = replace(config, disabled=config.disabled | BASE_RULES)
    if as_of is None:
        config = replace(config, disabled=config.disabled | AS_OF_RULES)
    schema_findings = validation.validate(document)
    if schema_findings:
        return CheckResult(
            document.path, tuple(schema_findings), document=document, lines=document.lines
        )
    plan = build_plan(document.data, document.path)
    fallbacks: dict[fixes.Key, str] = {}
    findings = _run_rules(document, plan, config, base, as_of, fallbacks)
    if any(f.fix and not f.suppressed for f in findings):

        def rerun(data: Any) -> list[Finding]:
            changed = replace(document, data=data)
            return _run_rules(changed, build_plan(data, document.path), config, base, as_of)

        findings = fixes.with_fixes(
            findings, document.data, rerun, fallbacks, size=len(plan.measures)
        )
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


def _run_rules(
    document: Document,
    plan: Plan,
    config: Config,
    base: Base | None,
    as_of: dt.date | None,
    fallbacks: dict[fixes.Key, str] | None = None,
) -> list[Finding]:
    """The rules' findings on the plan, with its acknowledgements applied (unsorted).
    `fallbacks` collects the rules' fallback hints, for fixes that do not pass."""
    findings: list[Finding] = []
    for rule in RULES:
        if not config.enabled(rule.id):
            continue
        severity = config.severity(rule.id, rule.severity)
        for problem in rule.run(plan, base, as_of):
            finding = _finding(document, rule.id, severity, problem)
            if fallbacks is not None and problem.fallback:
                fallbacks[fixes.key(finding)] = problem.fallback
            findings.append(finding)
    if config.enabled(plan_schema.ID):
        severity = config.severity(plan_schema.ID, plan_schema.SEVERITY)
        findings += plan_schema.stale(document, plan, validation.schema_text(), severity)
    return acknowledge(document, plan, findings, config)


def _finding(document: Document, rule: str, severity: Severity, problem: Problem) -> Finding:
    span = (
        document.span_within(problem.path, problem.excerpt)
        if problem.excerpt and not problem.key
        else document.span(problem.path, key=problem.key)
    )
    return Finding(
        rule,
        severity,
        problem.message,
        document.path,
        span,
        problem.hint,
        problem.subject,
        blocks_export=problem.blocks_export,
        facts=problem.facts,
        fix=problem.fix,
    )
