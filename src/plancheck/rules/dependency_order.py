"""A milestone is not due before the milestones it builds on.

Measures that build on the outcome of another piece of work (for example the evaluation of
a policy framework, an external milestone due June 2021) cannot be due before it. Months are compared where either date is
a month ("Juni 2018"); "Per direct" counts as the grid's first month; ongoing milestones are
not checked. The message shows the chain: the milestone and its date, what it builds on and
that date, and so on back.

Fails:

    - id: beleidskader-evaluatie
      due: "2021-06"
    ...
    - id: a1-korte-termijn
      due: "2021-04"
      builds_on: [beleidskader-evaluatie]

Fix: move the milestone after what it builds on, or drop the dependency if it does not hold.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Due, Milestone, Plan
from plancheck.problem import Problem

ID = "dependency-order"
SEVERITY = Severity.ERROR


def _key(plan: Plan, due: Due, month_only: bool) -> tuple[int, int, int] | None:
    month = plan.due_month(due)
    if month is None:
        return None
    day = plan.first_day if due.kind == "immediate" else due.day
    if month_only or day is None:
        return (month[0], month[1], 0)
    return (day.year, day.month, day.day)


def _shown(milestone: Milestone) -> str:
    return _("{id} ('{wording}', due {due})").format(
        id=milestone.id, wording=milestone.wording, due=milestone.due.raw
    )


def check(plan: Plan) -> Iterator[Problem]:
    for milestone in plan.milestones:
        for i, target_id in enumerate(milestone.builds_on):
            target = plan.milestone(target_id)
            if target is None:
                continue  # dependency-unknown
            month_only = milestone.due.kind == "month" or target.due.kind == "month"
            mine = _key(plan, milestone.due, month_only)
            theirs = _key(plan, target.due, month_only)
            if mine is None or theirs is None or mine >= theirs:
                continue
            chain = [_shown(milestone), _shown(target)]
            seen = {milestone.id, target.id}
            current = target
            while current.builds_on:
                nxt = plan.milestone(current.builds_on[0])
                if nxt is None or nxt.id in seen:
                    break
                chain.append(_shown(nxt))
                seen.add(nxt.id)
                current = nxt
            yield Problem(
                (*milestone.path, "builds_on", i),
                _("milestone is due before what it builds on: {chain}").format(
                    chain=_(" builds on ").join(chain)
                ),
                milestone.id,
                _("move {id} to {due} or later, or remove the dependency").format(
                    id=milestone.id, due=target.due.raw
                ),
            )
