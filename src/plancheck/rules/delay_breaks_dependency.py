"""A delay does not move a milestone past one that builds on it.

A milestone's `builds_on` names the milestones it needs first. When a progress entry delays
one of those (`status: delayed`, `expected: DATE`) past the date of a milestone that builds
on it, directly or through others, the plan no longer holds together: the later milestone
cannot be met either. The date of the milestone that builds on it is its own expected date
when it is delayed too, else its `due`. Milestones already done or dropped, and ongoing
work, are not in the way. The finding shows the chain from the delayed milestone to the one
it overtakes. Runs on every check, on each milestone's newest entry.

Fails:

    - id: 4.1-methodiek
      due: "2018-09-30"
    - id: 4.1-contracten
      due: "2018-12-31"
      builds_on: [4.1-methodiek]
    ...
    progress:
      - milestone: 4.1-methodiek
        date: "2018-09-15"
        status: delayed
        expected: "2019-02-28"     # after 4.1-contracten, which builds on it

Fix: delay the milestones that build on it as well (an entry for each, with its own
`expected`), or find a way to keep the date.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Milestone, Plan, ProgressEntry
from plancheck.problem import Problem

ID = "delay-breaks-dependency"
SEVERITY = Severity.ERROR


def _latest(plan: Plan, milestone: Milestone) -> ProgressEntry | None:
    entries = plan.progress_of(milestone)
    return entries[-1] if entries else None


def _planned(plan: Plan, milestone: Milestone) -> dt.date | None:
    """When the milestone is now planned: its delay's expected date, else its due date."""
    entry = _latest(plan, milestone)
    if entry is not None and entry.status == "delayed" and entry.expected is not None:
        return entry.expected
    return plan.due_date(milestone)


def check(plan: Plan) -> Iterator[Problem]:
    dependents: dict[str, list[Milestone]] = {}
    for milestone in plan.milestones:
        for ident in milestone.builds_on:
            dependents.setdefault(ident, []).append(milestone)
    for milestone in plan.milestones:
        entry = _latest(plan, milestone)
        if entry is None or entry.status != "delayed" or entry.expected is None:
            continue
        expected = entry.expected
        queue: deque[tuple[Milestone, tuple[str, ...]]] = deque([(milestone, (milestone.id,))])
        seen = {milestone.id}
        while queue:
            current, chain = queue.popleft()
            for later in dependents.get(current.id, ()):
                if later.id in seen:
                    continue
                seen.add(later.id)
                latest = _latest(plan, later)
                if latest is not None and latest.status in ("done", "dropped"):
                    continue
                path = (*chain, later.id)
                date = _planned(plan, later)
                if date is not None and date < expected:
                    yield Problem(
                        (*entry.path, "expected"),
                        _(
                            "{id} is now expected {expected} (delayed on {date}), after "
                            "{later} ({later_date}), which builds on it: {chain}"
                        ).format(
                            id=milestone.id,
                            expected=expected.isoformat(),
                            date=entry.date.isoformat(),
                            later=later.id,
                            later_date=date.isoformat(),
                            chain=" -> ".join(path),
                        ),
                        milestone.id,
                        _(
                            "delay {later} too (a progress entry with its own expected date "
                            "on or after {expected}), or keep {id} on time"
                        ).format(later=later.id, expected=expected.isoformat(), id=milestone.id),
                        facts=(("dependent", later.id), ("expected", expected.isoformat())),
                    )
                    continue  # moving `later` moves what builds on it: one finding a path
                queue.append((later, path))
