"""Every dependency resolves.

`builds_on` names the milestones whose outcome a milestone needs, by id: a milestone of any
measure, or an external one such as the evaluation of a policy framework. An id that does not exist
makes the dependency invisible to the order check.

Fails:

    builds_on: [beleidskader]   # the external milestone is beleidskader-evaluatie

Fix: use an existing milestone id (`plancheck check` lists close matches).
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches

ID = "dependency-unknown"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    known = [m.id for m in (*plan.milestones, *plan.external_milestones)]
    for milestone in plan.milestones:
        for i, target in enumerate(milestone.builds_on):
            if plan.milestone(target) is None:
                close = close_matches(target, known)
                yield Problem(
                    (*milestone.path, "builds_on", i),
                    _("milestone {id} builds on '{target}', which is not a milestone").format(
                        id=milestone.id, target=target
                    ),
                    f"{milestone.id}/{target}",
                    _("did you mean '{name}'?").format(name=close[0])
                    if close
                    else _("use an existing milestone id"),
                )
