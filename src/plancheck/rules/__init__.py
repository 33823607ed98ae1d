"""The gate's cross-checks: one module per rule, listed in RULES (yamllint's explicit registry).

A rule module has a docstring (its user documentation: what, why, how to fix), `ID`,
`SEVERITY` and `check(plan)`, a generator of `Problem`s that say only *where* and *what*.
The engine (plancheck.engine) stamps the rule id, the configured severity and the source
position onto each problem. `Problem` and `Rule` live in plancheck.problem, so that the rule
modules import it rather than this registry (which imports them).

A rule about the change itself (`plancheck check --base REV`) sets `NEEDS_BASE = True` and
has `check(plan, base)`: it runs only when a base is given, and gets the plan as committed
in that revision (`Base`). A rule about the plan on a date (`plancheck check --as-of
DATE`: overdue milestones, progress entries dated in the future) sets `NEEDS_AS_OF = True`
and has `check(plan, as_of)`: without a date it does not run, so the gate on a commit gives
the same answer every day. `Rule.run` calls every kind.
"""

from __future__ import annotations

from types import ModuleType

from plancheck.problem import Base, Problem, Rule

__all__ = ["AS_OF_RULES", "BASE_RULES", "BY_ID", "RULES", "Base", "Problem", "Rule"]


def _rule(module: ModuleType) -> Rule:
    docstring = module.__doc__ or ""
    # the first line of the cleaned docstring (Rule.doc): its first line with words, stripped
    summary = next((line.strip() for line in docstring.splitlines() if line.strip()), "")
    needs_base = bool(getattr(module, "NEEDS_BASE", False))
    needs_as_of = bool(getattr(module, "NEEDS_AS_OF", False))
    return Rule(
        module.ID, module.SEVERITY, summary, docstring, module.check, needs_base, needs_as_of
    )


def _load() -> tuple[Rule, ...]:
    from plancheck.rules import (
        date_range,
        delay_breaks_dependency,
        delay_without_date,
        dependency_cycle,
        dependency_order,
        dependency_unknown,
        done_before_start,
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
        milestone_overdue,
        owner_missing,
        owner_not_appointed,
        owner_unknown,
        owner_wording,
        party_references,
        progress_date,
        progress_evidence,
        progress_unknown,
        revision_log,
        revision_missing,
        text_characters,
        unique_ids,
        wording_date,
        wording_unreadable,
    )

    modules = (
        unique_ids,
        owner_missing,
        owner_unknown,
        owner_wording,
        owner_not_appointed,
        grid_rows,
        grid_period,
        grid_deadline,
        grid_mark_unexplained,
        dependency_unknown,
        dependency_cycle,
        dependency_order,
        wording_date,
        wording_unreadable,
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
        revision_missing,
        text_characters,
        progress_unknown,
        progress_date,
        progress_evidence,
        delay_without_date,
        delay_breaks_dependency,
        done_before_start,
        milestone_overdue,
    )
    return tuple(_rule(m) for m in modules)


RULES: tuple[Rule, ...] = _load()
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
BASE_RULES: frozenset[str] = frozenset(rule.id for rule in RULES if rule.needs_base)
AS_OF_RULES: frozenset[str] = frozenset(rule.id for rule in RULES if rule.needs_as_of)
