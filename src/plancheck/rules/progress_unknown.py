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

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches

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
            message = _(
                "progress entry of {date} is about the external milestone {id}, which is not "
                "the plan's to report on"
            ).format(date=entry.date.isoformat(), id=ident)
            hint = _("report on the plan's own milestone that builds on it")
        else:
            if what == "milestone":
                message = _(
                    "progress entry of {date} is about milestone {id}, which the plan does not have"
                )
                close_hint, far_hint = (
                    _("did you mean milestone {id}?"),
                    _("no milestone is close to it"),
                )
            else:
                message = _(
                    "progress entry of {date} is about measure {id}, which the plan does not have"
                )
                close_hint, far_hint = (
                    _("did you mean measure {id}?"),
                    _("no measure is close to it"),
                )
            message = message.format(date=entry.date.isoformat(), id=ident)
            close = close_matches(ident, known)
            hint = close_hint.format(id=close[0]) if close else far_hint
        yield Problem((*entry.path, what), message, ident, hint)
