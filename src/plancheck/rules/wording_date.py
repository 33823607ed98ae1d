"""The published wording and the machine date agree.

A milestone carries its date twice: as published ("Voor 01-10-2018", "Uiterlijk 1 januari
2019", "Juni 2018", "December 2019", "Februari - april 2018") and as `due` (and `start` for a
period). When someone changes one and forgets the other, the report, the calendars and the
gate disagree. The Dutch forms the plan uses are read (see docs/plan-format.md for the
first-of-the-month convention); wording without a date ("In de zomer 2018") is checked as far
as it goes (the year, the season), and wording with no date at all is left alone.

Fails:

    wording: Voor 01-10-2018
    due: "2018-10-31"           # the wording means 2018-09-30

Fix: make `due` (and `start`) say what the wording says, or change the wording.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.model import Milestone, Plan
from plancheck.problem import Problem
from plancheck.wording import expected

ID = "wording-date"
SEVERITY = Severity.ERROR


def _check(milestone: Milestone) -> Iterator[Problem]:
    expect = expected(milestone.wording)
    if expect is None:
        return
    due = milestone.due
    if expect.due == "invalid":
        yield Problem(
            (*milestone.path, "wording"),
            f"milestone {milestone.id}: {expect.description}",
            milestone.id,
            "correct the date in the wording",
        )
        return
    if expect.due is not None and due.raw != expect.due:
        yield Problem(
            (*milestone.path, "due"),
            f"milestone {milestone.id}: due is {due.raw}, but {expect.description}",
            milestone.id,
            f'set due: "{expect.due}", or change the wording to match the date',
        )
    if expect.start is not None:
        start = milestone.start.raw if milestone.start else None
        if start != expect.start:
            yield Problem(
                (*milestone.path, "start" if milestone.start else "due"),
                f"milestone {milestone.id}: start is {start or 'missing'}, but {expect.description}",
                milestone.id,
                f'set start: "{expect.start}"',
            )
    if expect.due_from is not None and expect.due_until is not None:
        earliest, latest = due.earliest_date(), due.latest_date()
        if earliest is None or latest is None:
            yield Problem(
                (*milestone.path, "due"),
                f"milestone {milestone.id}: due is {due.raw}, but {expect.description}",
                milestone.id,
                "give a date or month that fits the wording",
            )
        elif latest < expect.due_from or earliest > expect.due_until:
            yield Problem(
                (*milestone.path, "due"),
                f"milestone {milestone.id}: due is {due.raw}, but {expect.description}",
                milestone.id,
                f"give a date between {expect.due_from} and {expect.due_until}",
            )


def check(plan: Plan) -> Iterator[Problem]:
    for milestone in (*plan.milestones, *plan.external_milestones):
        yield from _check(milestone)
