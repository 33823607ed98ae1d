"""A milestone's wording is a date the gate can read.

The gate reads each milestone's published wording with the plan's date grammar
(docs/plan-format.md, "The date grammar") and checks `due` and `start` against it (rule
wording-date). Wording that is none of the grammar's forms ("Binnenkort", "Na
besluitvorming", "Voor 01-01-99999", "Q5 2019") is never guessed at: no part of it is read,
not even a year, so nothing checks its `due`. This note says so at the wording, in the
plan's language ("kan deze datum niet lezen: controleer due zelf" in a Dutch plan). A note
never fails the gate.

Notes:

    wording: Na besluitvorming in de raad
    due: "2019-03"              # nobody checks this against the wording

Fix: check `due` (and `start`) yourself; write the date in one of the grammar's forms if it
has one ("Maart 2019"), or disable the rule for a plan whose wording is not dated.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.wording import Unreadable, long_year, read

ID = "wording-unreadable"
SEVERITY = Severity.NOTE


def check(plan: Plan) -> Iterator[Problem]:
    conventions = plan.conventions
    for milestone in (*plan.milestones, *plan.external_milestones):
        reading = read(
            milestone.wording,
            first_of_month=conventions.first_of_month,
            language=plan.document.language,
            date_order=conventions.date_order,
        )
        if isinstance(reading, Unreadable) and not reading.impossible:
            if long_year(milestone.wording) is not None:
                continue  # wording-date reports the year's digits as an error
            yield Problem(
                (*milestone.path, "wording"),
                _("milestone {id}: '{wording}': cannot read this date; check due yourself").format(
                    id=milestone.id, wording=milestone.wording
                ),
                milestone.id,
                _(
                    "set conventions.date_order (day-month or month-day), or write the month "
                    "as a word"
                )
                if reading.order_unknown
                else _(
                    "write the date in a form of docs/plan-format.md ('The date grammar'), or "
                    "check due and start against the wording by hand"
                ),
            )
