"""The gate's cross-checks: one module per rule, listed in RULES (yamllint's explicit registry).

A rule module has a docstring (its user documentation: what, why, how to fix), `ID`,
`SEVERITY` and `check(plan)`, a generator of `Problem`s that say only *where* and *what*.
The engine (plancheck.engine) stamps the rule id, the configured severity and the source
position onto each problem.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType

from plancheck.findings import Severity
from plancheck.loader import PathKey
from plancheck.model import Plan


@dataclass(frozen=True)
class Problem:
    """What a rule found: the data path it concerns, a message, the subject it is about
    (what an acknowledgement names) and, where there is one, a hint how to fix it."""

    path: PathKey
    message: str
    subject: str
    hint: str | None = None
    key: bool = False  # point at the key of `path` rather than its value


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str
    check: Callable[[Plan], Iterator[Problem]]


def _rule(module: ModuleType) -> Rule:
    doc = inspect.cleandoc(module.__doc__ or "")
    return Rule(module.ID, module.SEVERITY, doc.splitlines()[0], doc, module.check)


def _load() -> tuple[Rule, ...]:
    from plancheck.rules import (
        date_range,
        dependency_cycle,
        dependency_order,
        dependency_unknown,
        footnote_limit,
        footnote_nesting,
        footnote_references,
        footnote_unused,
        grid_deadline,
        grid_mark_unexplained,
        grid_period,
        grid_rows,
        measure_numbering,
        measure_references,
        milestone_dates,
        owner_missing,
        owner_not_appointed,
        owner_unknown,
        party_references,
        revision_log,
        text_characters,
        unique_ids,
        wording_date,
    )

    modules = (
        unique_ids,
        owner_missing,
        owner_unknown,
        owner_not_appointed,
        grid_rows,
        grid_period,
        grid_deadline,
        grid_mark_unexplained,
        dependency_unknown,
        dependency_cycle,
        dependency_order,
        wording_date,
        milestone_dates,
        date_range,
        footnote_references,
        footnote_unused,
        footnote_nesting,
        footnote_limit,
        measure_references,
        party_references,
        measure_numbering,
        revision_log,
        text_characters,
    )
    return tuple(_rule(m) for m in modules)


RULES: tuple[Rule, ...] = _load()
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
