"""A period is not reported done before it starts.

A milestone with a `start` is a period ("April 2018 - december 2019"); an entry that says
it is done on a day before the period's first day is usually about the wrong milestone or
has a mistyped date. It may also be good news (the work was done early), hence a warning.
Runs on every check (it does not depend on a date).

Warns:

    - id: 2-contractering
      start: "2018-04"
      due: "2019-12"
    ...
    progress:
      - milestone: 2-contractering
        date: "2018-03-15"
        status: done

Fix: correct the entry's milestone or date; if the work really was done early, say so in
its text and acknowledge the warning (`acknowledged:`).
"""

from __future__ import annotations

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "done-before-start"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    for entry in plan.progress:
        if entry.status != "done" or entry.milestone is None:
            continue
        milestone = plan.milestone(entry.milestone)
        if milestone is None or milestone.start is None:
            continue  # unknown: progress-unknown; no period
        start = milestone.start.earliest_date()
        if start is None and milestone.start.kind == "immediate":
            start = plan.first_day
        if start is not None and entry.date < start:
            yield Problem(
                (*entry.path, "date"),
                _(
                    "{id} is reported done on {date}, before its period starts ({start}, {wording})"
                ).format(
                    id=milestone.id,
                    date=entry.date.isoformat(),
                    start=milestone.start.raw,
                    wording=milestone.wording,
                ),
                milestone.id,
                _("check the entry's milestone and date"),
                facts=(("date", entry.date.isoformat()), ("start", milestone.start.raw)),
            )
