"""The gate's cross-checks: one module per rule, listed in RULES (yamllint's explicit registry).

A rule module has a docstring (its user documentation: what, why, how to fix), `ID`,
`SEVERITY` and `check(plan)`, a generator of `Problem`s that say only *where* and *what*.
The engine (plancheck.engine) stamps the rule id, the configured severity and the source
position onto each problem.

A rule about the change itself (`plancheck check --base REV`) sets `NEEDS_BASE = True` and
has `check(plan, base)`: it runs only when a base is given, and gets the plan as committed
in that revision (`Base`). `Rule.run` calls either kind.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import cast

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
class Base:
    """What `plancheck check --base REV` compares the plan with: the plan as committed in
    REV (`revision` as the user named it: 'HEAD', 'origin/main', a commit)."""

    plan: Plan
    revision: str


PlanCheck = Callable[[Plan], Iterator[Problem]]
ChangeCheck = Callable[[Plan, Base], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str
    check: PlanCheck | ChangeCheck
    needs_base: bool = False  # a rule about the change since a base revision

    def run(self, plan: Plan, base: Base | None = None) -> Iterator[Problem]:
        """The rule's problems; a rule that needs a base finds none without one."""
        if not self.needs_base:
            return cast(PlanCheck, self.check)(plan)
        if base is None:
            return iter(())
        return cast(ChangeCheck, self.check)(plan, base)


def _rule(module: ModuleType) -> Rule:
    doc = inspect.cleandoc(module.__doc__ or "")
    needs_base = bool(getattr(module, "NEEDS_BASE", False))
    return Rule(module.ID, module.SEVERITY, doc.splitlines()[0], doc, module.check, needs_base)


def _load() -> tuple[Rule, ...]:
    from plancheck.rules import (
        dependency_cycle,
        dependency_order,
        dependency_unknown,
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
        revision_missing,
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
        footnote_references,
        footnote_unused,
        measure_references,
        party_references,
        measure_numbering,
        revision_log,
        revision_missing,
        text_characters,
    )
    return tuple(_rule(m) for m in modules)


RULES: tuple[Rule, ...] = _load()
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
BASE_RULES: frozenset[str] = frozenset(rule.id for rule in RULES if rule.needs_base)
