"""The published wording and the machine date agree.

A milestone carries its date twice: as published ("Voor 01-10-2018", "Uiterlijk 1 januari
2019", "Juni 2018", "Februari t/m april 2018", "Per 1 januari 2019", "Q1 2019") and as `due`
(and `start` for a period). When someone changes one and forgets the other, the report, the
calendars and the gate disagree. The wording is read with the plan's date grammar
(docs/plan-format.md, "The date grammar", with the first-of-the-month convention that
`conventions.first_of_month` may turn off): a day or a month must be `due` exactly, a
period's start and end must be `start` and `due`, only a period has a `start`, and a
vaguer form ("In de zomer 2018", "Q1 2019", "Eind 2018") must have `due` within it. A
wording of a date that does not exist ("Voor 31-09-2018") is an error; wording the grammar
cannot read is never guessed at (rule wording-unreadable notes it).

Fails:

    wording: Voor 01-10-2018
    due: "2018-10-31"           # the wording means 2018-09-30

Fix: make `due` (and `start`) say what the wording says, or change the wording.
"""

from collections.abc import Iterator

from plancheck.findings import Change, Severity
from plancheck.i18n import _
from plancheck.model import Milestone, Plan
from plancheck.problem import Problem
from plancheck.wording import Expectation, expected, long_year

ID = "wording-date"
SEVERITY = Severity.ERROR


def _period(milestone: Milestone, expect: Expectation, start: str) -> Iterator[Problem]:
    """A period's end and start, each against `due` and `start`; the hint names both."""
    hint = _(
        'set start: "{start}" and due: "{due}" together, or change the wording to match the dates'
    ).format(start=start, due=expect.due)
    place = _("milestone {id}").format(id=milestone.id)
    fix = (
        Change("set", (*milestone.path, "start"), start, place),
        Change("set", (*milestone.path, "due"), expect.due, place),
    )
    if milestone.due.raw != expect.due:
        yield Problem(
            (*milestone.path, "due"),
            _("milestone {id}: due is {due}, but {meaning}").format(
                id=milestone.id, due=milestone.due.raw, meaning=expect.description
            ),
            milestone.id,
            hint,
            fix=fix,
        )
    given = milestone.start.raw if milestone.start else None
    if given != start:
        yield Problem(
            (*milestone.path, "start" if milestone.start else "due"),
            _("milestone {id}: start is {start}, but {meaning}").format(
                id=milestone.id, start=given or _("missing"), meaning=expect.description
            ),
            milestone.id,
            hint,
            fix=fix,
        )


def _check(milestone: Milestone, plan: Plan) -> Iterator[Problem]:
    digits = long_year(milestone.wording)
    if digits is not None:
        # a typing mistake in a date's year: an error, not a date to guess at (nor only a note)
        yield Problem(
            (*milestone.path, "wording"),
            _(
                "milestone {id}: '{wording}' has a year of {digits} digits; a year is written with four"
            ).format(id=milestone.id, wording=milestone.wording, digits=digits),
            milestone.id,
            _("correct the year in the wording"),
        )
        return
    expect = expected(
        milestone.wording,
        first_of_month=plan.conventions.first_of_month,
        language=plan.document.language,
        date_order=plan.conventions.date_order,
    )
    if expect is None:
        return  # unreadable: wording-unreadable notes it; no part of it is guessed at
    due = milestone.due
    if expect.due == "invalid":
        yield Problem(
            (*milestone.path, "wording"),
            _("milestone {id}: {meaning}").format(id=milestone.id, meaning=expect.description),
            milestone.id,
            _("correct the date in the wording"),
        )
        return
    if expect.start is not None:
        yield from _period(milestone, expect, expect.start)
        return
    if expect.due is not None and due.raw != expect.due:
        yield Problem(
            (*milestone.path, "due"),
            _("milestone {id}: due is {due}, but {meaning}").format(
                id=milestone.id, due=due.raw, meaning=expect.description
            ),
            milestone.id,
            _('set due: "{due}", or change the wording to match the date').format(due=expect.due),
            fix=(
                Change(
                    "set",
                    (*milestone.path, "due"),
                    expect.due,
                    _("milestone {id}").format(id=milestone.id),
                ),
            ),
        )
    if expect.due not in (None, "ongoing", "immediate") and milestone.start is not None:
        yield Problem(
            (*milestone.path, "start"),
            _("milestone {id}: start is {start}, but {meaning}, not a period").format(
                id=milestone.id, start=milestone.start.raw, meaning=expect.description
            ),
            milestone.id,
            _("remove start, or write the period in the wording ('Februari - april 2018')"),
            fix=(
                Change(
                    "delete",
                    (*milestone.path, "start"),
                    place=_("start of milestone {id}").format(id=milestone.id),
                ),
            ),
        )
    if expect.due_from is not None and expect.due_until is not None:
        earliest, latest = due.earliest_date(), due.latest_date()
        if earliest is None or latest is None:
            yield Problem(
                (*milestone.path, "due"),
                _("milestone {id}: due is {due}, but {meaning}").format(
                    id=milestone.id, due=due.raw, meaning=expect.description
                ),
                milestone.id,
                _("give a date or month that fits the wording"),
            )
        elif latest < expect.due_from or earliest > expect.due_until:
            yield Problem(
                (*milestone.path, "due"),
                _("milestone {id}: due is {due}, but {meaning}").format(
                    id=milestone.id, due=due.raw, meaning=expect.description
                ),
                milestone.id,
                _("give a date between {first} and {last}").format(
                    first=expect.due_from, last=expect.due_until
                ),
            )


def check(plan: Plan) -> Iterator[Problem]:
    for milestone in (*plan.milestones, *plan.external_milestones):
        yield from _check(milestone, plan)
