"""A progress entry is dated between the plan's publication and the day checked.

Runs only with `plancheck check --as-of DATE` (or `--as-of today`). An entry records what
was the case on its date, so it cannot be dated after the day the plan is checked as of (a
typo in the year, or an entry written ahead of the facts). Nor can it be dated before the
plan was published: the first revision of the revision log (`revisions:`), the version sent
to the inspectorates. The issue asked for "before the plan's version date", but
`document.version_date` is the date of the newest revision, which moves forward with every
change of the plan: an entry written in October would turn red when a revision in December
moved a deadline. The first revision's date is where carrying out the plan begins.

Fails:

    revisions:
      - version: "1.0"
        date: "2021-02-15"
    progress:
      - milestone: a1-besluit
        date: "2201-09-20"           # checked as of 2022-01-15
        status: done

Fix: correct the entry's date: the day it was true, on or before the day checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "progress-date"
SEVERITY = Severity.ERROR
NEEDS_AS_OF = True


def check(plan: Plan, as_of: dt.date) -> Iterator[Problem]:
    published = min(plan.revisions, key=lambda r: r.date)
    for entry in plan.progress:
        path = (*entry.path, "date")
        day = entry.date.isoformat()
        if entry.date > as_of:
            yield Problem(
                path,
                _(
                    "progress entry about {subject} is dated {day}, after {as_of}, the day the "
                    "plan is checked as of"
                ).format(subject=entry.subject, day=day, as_of=as_of.isoformat()),
                entry.subject,
                _(
                    "an entry says what was the case on its date: date it on or before the "
                    "day checked"
                ),
                facts=(("date", day),),
            )
        elif entry.date < published.date:
            yield Problem(
                path,
                _(
                    "progress entry about {subject} is dated {day}, before the plan was "
                    "published ({version}, {date})"
                ).format(
                    subject=entry.subject,
                    day=day,
                    version=published.version,
                    date=published.date.isoformat(),
                ),
                entry.subject,
                _("progress is recorded from the first revision's date on"),
                facts=(("date", day),),
            )
