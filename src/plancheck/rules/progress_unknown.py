"""Every progress entry is about a milestone or a measure of the plan.

An entry of the progress log (`progress:`) names the milestone it is about (`milestone:`, a
milestone id under a measure's `realisation:`) or the measure as a whole (`measure:`, its
number). An entry about an id the plan does not have says nothing the report or the
calendars can show, and usually is a typo or a milestone renamed since. External
milestones (`external_milestones:`) are not the plan's to report on. This rule does not
depend on a date, so it runs on every check, with or without `--as-of`.

Fails:

    progress:
      - milestone: 4.1-methodieke     # no milestone has this id
        date: "2018-09-20"
        status: done

Fix: name an existing milestone id or measure number (the hint suggests the closest one).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "progress-unknown"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    milestones = [m.id for m in plan.milestones]
    measures = [m.id for m in plan.measures]
    external = {m.id for m in plan.external_milestones}
    for entry in plan.progress:
        if entry.milestone is not None:
            if plan.milestone(entry.milestone) is not None and entry.milestone not in external:
                continue
            what, ident, known = "milestone", entry.milestone, milestones
        else:
            assert entry.measure is not None  # the schema requires one of the two
            if plan.measure(entry.measure) is not None:
                continue
            what, ident, known = "measure", entry.measure, measures
        if ident in external:
            message = (
                f"progress entry of {entry.date.isoformat()} is about the external milestone "
                f"{ident}, which is not the plan's to report on"
            )
            hint = "report on the plan's own milestone that builds on it"
        else:
            message = (
                f"progress entry of {entry.date.isoformat()} is about {what} {ident}, "
                f"which the plan does not have"
            )
            close = difflib.get_close_matches(ident, known, n=1)
            hint = f"did you mean {what} {close[0]}?" if close else f"no {what} is close to it"
        yield Problem((*entry.path, what), message, ident, hint)
