"""Dates lie between 1900 and 2100.

A plan's dates (the version date, the revisions, the planning period, each milestone's due
and start) are this century's. A year outside 1900-2100 is a typing mistake (2108 for 2018,
0218 for 2018) that the other checks may not notice when it is made consistently, and that
the exports cannot all carry: a Word file's zip entries end in 2107, a calendar in 9999.

Fails:

    version_date: "2108-08-31"    # the revision and the version date both typed 2108

Fix: correct the year.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.loader import PathKey
from plancheck.model import Due, Plan, month_text
from plancheck.problem import Problem

ID = "date-range"
SEVERITY = Severity.ERROR
FIRST_YEAR = 1900
LAST_YEAR = 2100


def _dates(plan: Plan) -> Iterator[tuple[str, int, PathKey, str]]:
    """(what is dated when, year, path, subject) for every date of the plan."""
    date = plan.document.version_date
    yield (
        _("the version date is {date}").format(date=date),
        date.year,
        ("document", "version_date"),
        "version",
    )
    for r in plan.revisions:
        yield (
            _("revision {version} is dated {date}").format(version=r.version, date=r.date),
            r.date.year,
            (*r.path, "date"),
            r.version,
        )
    planning = plan.planning
    for key, verb, month in (
        ("start", _("the planning starts in {month}"), planning.start),
        ("end", _("the planning ends in {month}"), planning.end),
    ):
        yield verb.format(month=month_text(month)), month[0], ("planning", key), "planning"
    for milestone in (*plan.milestones, *plan.external_milestones):
        for key, verb, due in (
            ("due", _("milestone {id} is due {date}"), milestone.due),
            ("start", _("milestone {id} starts {date}"), milestone.start),
        ):
            year = _year(due)
            if due is not None and year is not None:
                what = verb.format(id=milestone.id, date=due.raw)
                yield what, year, (*milestone.path, key), milestone.id


def _year(due: Due | None) -> int | None:
    """The year of a dated due (a day or a month); None for immediate, ongoing or none."""
    return due.month[0] if due is not None and due.month is not None else None


def check(plan: Plan) -> Iterator[Problem]:
    for what, year, path, subject in _dates(plan):
        if FIRST_YEAR <= year <= LAST_YEAR:
            continue
        side = (
            _("after {year}").format(year=LAST_YEAR)
            if year > LAST_YEAR
            else _("before {year}").format(year=FIRST_YEAR)
        )
        yield Problem(
            path,
            _("{what}, {side}: a plan's dates lie between {first} and {last}").format(
                what=what, side=side, first=FIRST_YEAR, last=LAST_YEAR
            ),
            subject,
            _("correct the year: it is probably mistyped"),
        )
