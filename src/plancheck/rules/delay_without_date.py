"""A delay says when the milestone is now expected.

An entry with `status: delayed` moves the milestone; without `expected:` (the new expected
date) the report cannot show when it will be done, the calendars keep the old date, and
the delay-breaks-dependency rule cannot see what it does to the milestones that build on
it. Runs on every check (it does not depend on a date).

Warns:

    - milestone: 4.1-contracten
      date: "2018-12-01"
      status: delayed              # until when?

Fix: add the new expected date:

    - milestone: 4.1-contracten
      date: "2018-12-01"
      status: delayed
      expected: "2019-02-28"
"""

from __future__ import annotations

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "delay-without-date"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    for entry in plan.progress:
        if entry.status == "delayed" and entry.expected is None:
            yield Problem(
                (*entry.path, "status"),
                _("{subject} is reported delayed on {date} without a new expected date").format(
                    subject=entry.subject, date=entry.date.isoformat()
                ),
                entry.subject,
                _('add expected: "YYYY-MM-DD", the day it is now expected to be done'),
                facts=(("date", entry.date.isoformat()),),
            )
