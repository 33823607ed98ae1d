"""Hints that fix in one step: a finding's changes are tried before they are suggested.

A rule that knows how to resolve what it found says so in machine form as well as in words
(`Problem.fix`, a tuple of `Change`s: set `due`, add a grid X). Before a hint is shown, the
engine applies its changes to a copy of the plan's data and runs the rules again:

- where the gate then passes for what the change touched, the hint stands;
- where the change brings new findings that say how to resolve them in turn (the new due
  date needs its X in the grid, the old X no longer stands for a milestone, an
  acknowledgement of the old inconsistency becomes stale), their changes are added, and the
  hint names them all ("with that, also: ..."), so one run names every place that must
  change together;
- where no such set of changes passes (the new findings say no fix, or the finding itself
  stays), the finding keeps no fix and the rule's `fallback` hint replaces the hint.

"Passes" means: no finding fails the gate (errors and warnings, acknowledged ones apart)
that did not fail it before, the finding itself is gone, and so is every other finding
about the same subject (the grid X of a milestone whose due date is being corrected).
Nothing here changes the plan: plancheck never corrects, it reports.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from plancheck.catalogue import ACK_STALE
from plancheck.findings import Change, Finding, Severity

# The most findings whose fixes one run tries (each try runs the rules again): a plan with
# more failing findings than this gets the rules' plain hints beyond it.
MAX_TRIED = 25
# The most rounds of added changes (a due date, its grid X, the old X, a stale acknowledgement).
MAX_ROUNDS = 4

Rerun = Callable[[Any], Sequence[Finding] | None]
Key = tuple[str, str, str]


def apply(data: Any, changes: Sequence[Change]) -> Any:
    """A copy of the plan's data with the changes made (the data is never changed).

    Keys and list items deleted go last, the later list items first, so that the paths of
    the other changes still point where they did."""
    out = copy.deepcopy(data)
    deletes = sorted(
        (c for c in changes if c.op == "delete"),
        key=lambda c: tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in c.path),
        reverse=True,
    )
    for change in [c for c in changes if c.op != "delete"] + deletes:
        *parent_path, last = change.path
        parent = out
        for step in parent_path:
            parent = parent[step]
        if change.op == "set":
            parent[last] = change.value
        elif change.op == "delete":
            del parent[last]
        elif change.op == "add":
            items = parent.setdefault(last, [])
            if change.value not in items:
                items.append(change.value)
                items.sort()
        elif change.value in parent.get(last, []):
            parent[last].remove(change.value)
    return out


def key(finding: Finding) -> Key:
    """What tells findings apart before and after a change: rule, subject, message."""
    return finding.rule, finding.subject, finding.message


def _failing(findings: Sequence[Finding]) -> list[Finding]:
    return [
        f for f in findings if not f.suppressed and f.severity in (Severity.ERROR, Severity.WARNING)
    ]


def complete(
    finding: Finding, failing_before: set[Key], data: Any, rerun: Rerun
) -> tuple[Change, ...]:
    """The changes that resolve `finding` in one step (its own and those they need), or ()
    when no such set is known."""
    changes = list(finding.fix)
    for _ in range(MAX_ROUNDS):
        try:
            after = rerun(apply(data, changes))
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return ()  # a change that does not fit the data: no fix
        if after is None:
            return ()
        failing = _failing(after)
        same = [f for f in failing if f.subject == finding.subject and f.rule != ACK_STALE]
        new = [f for f in failing if key(f) not in failing_before]
        if not same and not new:
            return tuple(changes)
        if same and not new:
            return ()  # the finding (or another about its subject) stays
        needed = {key(f): f for f in (*same, *new)}.values()
        extra = list(dict.fromkeys(c for f in needed for c in f.fix if c not in changes))
        if not extra or any(not f.fix for f in needed):
            return ()
        changes.extend(extra)
    return ()


def with_fixes(
    findings: Sequence[Finding],
    data: Any,
    rerun: Rerun,
    fallbacks: dict[Key, str],
) -> list[Finding]:
    """The findings with their fixes tried: each active finding with a fix keeps the
    complete set of changes that passes (its hint naming the added ones), or loses its fix
    and gets its fallback hint. `fallbacks`: the rules' fallback hints, by finding key."""
    failing_before = {key(f) for f in _failing(findings)}
    out: list[Finding] = []
    tried = 0
    for finding in findings:
        if not finding.fix or finding.suppressed:
            out.append(finding)
            continue
        tried += 1
        changes = complete(finding, failing_before, data, rerun) if tried <= MAX_TRIED else ()
        if not changes:
            hint = fallbacks.get(key(finding)) or finding.hint
            out.append(_replace(finding, hint, ()))
            continue
        added = [c for c in changes if c not in finding.fix]
        hint = finding.hint
        if added:
            hint = "{hint}; with that, also: {changes}".format(
                hint=hint, changes="; ".join(c.describe() for c in added)
            )
        out.append(_replace(finding, hint, changes))
    return out


def _replace(finding: Finding, hint: str | None, fix: tuple[Change, ...]) -> Finding:
    from dataclasses import replace

    return replace(finding, hint=hint, fix=fix)
