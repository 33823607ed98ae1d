"""No milestone is past its date without a word on it.

Runs only with `plancheck check --as-of DATE` (or `--as-of today`): a milestone whose date
has passed on that day (its `due`: a day, the last day of a month, the planning's first day
for 'Per direct'; never ongoing work) needs a progress entry on or before that day that says
it is done, dropped, or delayed to a later date. A delay whose `expected` date has passed
too is overdue again. An entry that says the measure as a whole is done or dropped
(`measure: "4.1"`) counts for each of its milestones. Without `--as-of` the rule does not
run, so the gate on a commit gives the same answer every day; a scheduled pipeline runs it
as of its own date (docs/ci.md).

Warns:

    - id: 6-factsheet
      wording: Voor 1 juli 2018
      due: "2018-06-30"            # checked as of 2019-01-15, no progress entry

Fix: add an entry to `progress:` that says how it stands:

    progress:
      - milestone: 6-factsheet
        date: "2018-06-28"
        status: done
        evidence:
          - title: Factsheet meldcode
            reference: D2018-03311
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "milestone-overdue"
SEVERITY = Severity.WARNING
NEEDS_AS_OF = True


def check(plan: Plan, as_of: dt.date) -> Iterator[Problem]:
    day = as_of.isoformat()
    for milestone in plan.milestones:
        if plan.status_of(milestone, as_of) != "overdue":
            continue
        entry = plan.latest_entry(milestone, as_of)
        if entry is not None and entry.status == "delayed" and entry.expected is not None:
            late = (as_of - entry.expected).days
            yield Problem(
                (*entry.path, "expected"),
                _(
                    "{id} was delayed on {date} to {expected}, which has passed as of {day} "
                    "({late} days)"
                ).format(
                    id=milestone.id,
                    date=entry.date.isoformat(),
                    expected=entry.expected.isoformat(),
                    day=day,
                    late=late,
                ),
                milestone.id,
                _hint(milestone.id, as_of, _("done, dropped, or delayed again")),
                facts=(("expected", entry.expected.isoformat()),),
            )
            continue
        due = plan.due_date(milestone)
        assert due is not None  # ongoing work is never overdue
        late = (as_of - due).days
        said = (
            _(" (the newest entry, of {date}, says {status})").format(
                date=entry.date.isoformat(), status=entry.status
            )
            if entry
            else ""
        )
        yield Problem(
            (*milestone.path, "due"),
            _(
                "{id} ({wording}) was due {due}, {late} days before {day}, and no progress "
                "entry says it is done, dropped or delayed{said}"
            ).format(
                id=milestone.id,
                wording=milestone.wording,
                due=due.isoformat(),
                late=late,
                day=day,
                said=said,
            ),
            milestone.id,
            _hint(milestone.id, as_of, _("done (with evidence), dropped, or delayed")),
            facts=(("due", milestone.due.raw),),
        )


def _hint(ident: str, as_of: dt.date, statuses: str) -> str:
    return (
        _("add to progress:")
        + f'\n  - milestone: {ident}\n    date: "{as_of.isoformat()}"\n    status: ...        # '
        + _("{statuses} (with expected: the new date)").format(statuses=statuses)
    )
