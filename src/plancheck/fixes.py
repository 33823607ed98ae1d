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
  stays), the finding keeps no fix and the rule's `fallback` hint replaces the hint, or
  the hint names what the change would also need ("... lies outside the planning period");
- an acknowledged inconsistency whose facts the change moves (the milestones an unexplained
  X is compared with) gets its acknowledgement's `facts` brought up to date within the fix,
  never as a fix of its own (that would accept a new inconsistency unasked);
- the fixes of one run must not pull against each other (`due` set back to the wording,
  and the grid X moved to the new `due`): the one that resolves the most findings wins, and
  each finding it resolves gets that fix and a hint that names it.

"Passes" means: no finding fails the gate (errors and warnings, acknowledged ones apart)
that did not fail it before, the finding itself is gone, and so is every other finding
about the same subject (the grid X of a milestone whose due date is being corrected).
Nothing here changes the plan: plancheck never corrects, it reports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plancheck.catalogue import ACK_STALE
from plancheck.findings import Change, Finding, Severity
from plancheck.i18n import _

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

    Rerun = Callable[[Any], Sequence[Finding] | None]


# The most findings whose fixes one run tries (each try runs the rules again), and the most
# rule runs over the plan's measures all tries together may cost (a plan of 10,000 measures
# gets two): beyond them a finding gets the rule's plain hint, without a fix.
MAX_TRIED = 25
MAX_WORK = 20_000
# The most rounds of added changes (a due date, its grid X, the old X, a stale acknowledgement).
MAX_ROUNDS = 4

Key = tuple[str, str, str]


def apply(data: Any, changes: Sequence[Change]) -> Any:
    """A copy of the plan's data with the changes made (the data is never changed).

    Keys and list items deleted go last, the later list items first, so that the paths of
    the other changes still point where they did."""
    import copy  # only when a fix is tried / a schema made: not every check

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


def _updates_facts(finding: Finding) -> bool:
    """A stale acknowledgement whose fix writes the inconsistency's new facts in it."""
    return finding.rule == ACK_STALE and any(
        len(c.path) > 1 and c.path[-2] == "facts" for c in finding.fix
    )


def complete(
    finding: Finding, before: Sequence[Finding], data: Any, rerun: Rerun, budget: list[int]
) -> tuple[tuple[Change, ...], list[Finding], set[Key]]:
    """(changes, blockers, resolved): the changes that resolve `finding` in one step (its
    own and those they need) and the failing findings they resolve; or no changes and the
    new findings no change is known for (a date outside the planning period), whose hints
    the finding's hint then names too. `before`: the run's findings."""
    failing_before = {key(f) for f in _failing(before)}
    acknowledged_before = {key(f) for f in before if f.suppressed}
    changes = list(finding.fix)
    for _round in range(MAX_ROUNDS):
        if budget[0] <= 0:
            return (), [], set()
        budget[0] -= 1
        try:
            after = rerun(apply(data, changes))
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return (), [], set()  # a change that does not fit the data: no fix
        if after is None:
            return (), [], set()
        failing = _failing(after)
        new = [f for f in failing if key(f) not in failing_before]
        stays = [
            f
            for f in failing
            if f.subject == finding.subject and f.rule != ACK_STALE and f not in new
        ]
        if stays:
            return (), [], set()  # the finding (or another about its subject) stays
        if not new:
            return tuple(changes), [], failing_before - {key(f) for f in failing}
        # An acknowledged inconsistency, the same as before (its message unchanged), whose
        # facts the change moved (the milestones an unexplained X is compared with): its
        # acknowledgement is brought up to date rather than the inconsistency resolved in
        # passing. A changed inconsistency (a new date) is resolved by its own fix, and its
        # acknowledgement then removed.
        again = {f.subject for f in new if f.rule != ACK_STALE and key(f) in acknowledged_before}
        needed = [
            f
            for f in new
            if (f.subject in again) == _updates_facts(f)
            and not (f.rule != ACK_STALE and f.subject in again)
        ]
        blockers = [f for f in needed if not f.fix]
        extra = list(dict.fromkeys(c for f in needed for c in f.fix if c not in changes))
        if blockers or not extra:
            return (), blockers, set()
        changes.extend(extra)
    return (), [], set()


def _overlap(a: Sequence[Change], b: Sequence[Change]) -> bool:
    """Whether two sets of changes touch the same place (one path within the other)."""
    return any(
        x.path[: len(y.path)] == y.path or y.path[: len(x.path)] == x.path for x in a for y in b
    )


def with_fixes(
    findings: Sequence[Finding],
    data: Any,
    rerun: Rerun,
    fallbacks: dict[Key, str],
    size: int = 1,
) -> list[Finding]:
    """The findings with their fixes tried: each active finding with a fix keeps the
    complete set of changes that passes (its hint naming the added ones), or loses its fix
    and gets its fallback hint (or its hint and those of the findings its change would
    bring). `fallbacks`: the rules' fallback hints, by finding key.

    The fixes of one run must not pull against each other (the wording's due date set
    back, and the grid X moved to the wrong date): the fix that resolves the most findings
    wins, each finding it resolves gets that fix and a hint that says so, and a fix that
    touches the same places as a chosen one is dropped. `size`: the plan's measures (the
    cost of one run of the rules)."""
    out: list[Finding] = []
    candidates: list[tuple[int, Finding, set[Key]]] = []
    tried = 0
    budget = [MAX_WORK // max(1, size)]  # rule runs left
    for finding in findings:
        if _updates_facts(finding):  # never on its own: that would accept a new inconsistency
            out.append(_replace(finding, finding.hint, ()))
            continue
        if not finding.fix or finding.suppressed:
            out.append(finding)
            continue
        tried += 1
        changes, blockers, resolved = (
            complete(finding, findings, data, rerun, budget)
            if tried <= MAX_TRIED
            else ((), [], set())
        )
        if not changes:
            hint = fallbacks.get(key(finding)) or finding.hint
            if blockers and key(finding) not in fallbacks:
                also = "; ".join(b.hint or b.message for b in blockers)
                hint = (
                    _("{hint}; with that, also: {changes}").format(hint=hint, changes=also)
                    if hint
                    else also
                )
            out.append(_replace(finding, hint, ()))
            continue
        added = [c for c in changes if c not in finding.fix]
        hint = finding.hint
        if added:
            hint = _("{hint}; with that, also: {changes}").format(
                hint=hint, changes="; ".join(c.describe() for c in added)
            )
        fixed = _replace(finding, hint, changes)
        candidates.append((len(out), fixed, resolved))
        out.append(fixed)
    # choose: the most findings resolved first, then in file order
    chosen: list[Finding] = []
    by: dict[Key, Finding] = {}
    for _index, fixed, resolved in sorted(candidates, key=lambda c: (-len(c[2]), c[0])):
        if key(fixed) in by or any(_overlap(fixed.fix, other.fix) for other in chosen):
            continue
        chosen.append(fixed)
        for resolved_key in resolved:
            by.setdefault(resolved_key, fixed)
    return [_resolved(f, by.get(key(f))) for f in out]


def _resolved(finding: Finding, by: Finding | None) -> Finding:
    """A failing finding resolved by the chosen fix of `by`: it gets that fix, and (when
    `by` is another finding) a hint that names it. A fix that was not chosen (it pulls
    against a chosen one) and resolves nothing chosen is not offered."""
    if finding.suppressed or (by is None and not finding.fix):
        return finding
    if by is None:
        return _replace(finding, finding.hint, ())
    if key(by) == key(finding) or set(finding.fix) == set(by.fix):
        return finding  # its own hint names the chosen changes
    hint = _("{changes} (as the {rule} finding for {subject} says)").format(
        changes="; ".join(c.describe() for c in by.fix), rule=by.rule, subject=by.subject
    )
    if finding.rule == ACK_STALE and finding.hint:
        # the plan's owners may still accept the changed inconsistency instead
        hint = _("{hint}; or: {other}").format(hint=hint, other=finding.hint)
    return _replace(finding, hint, by.fix)


def _replace(finding: Finding, hint: str | None, fix: tuple[Change, ...]) -> Finding:
    from plancheck.record import replace

    return replace(finding, hint=hint, fix=fix)
