"""No mark falls outside the grid's period, and the period runs forward and is bounded.

The grid covers `planning.start` to `planning.end`; the Word report draws exactly those
months, a table per year. A mark outside would silently disappear from the report. The
period runs forward and spans at most ten years (120 months): an improvement plan is a
plan for the next few years, and a mistyped year (0001, 9999) would otherwise make the
report and the calendars thousands of tables long.

Fails:

    planning:
      start: "2018-04"
      end: "2019-12"
      rows:
        - measure: "1"
          work: ["2020-01"]

Fix: move the mark into the period, or widen the period.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan, month_text
from plancheck.problem import Problem

ID = "grid-period"
SEVERITY = Severity.ERROR
MAX_MONTHS = 120


def check(plan: Plan) -> Iterator[Problem]:
    planning = plan.planning
    if planning.start > planning.end:
        yield Problem(
            (*planning.path, "end"),
            _("the planning ends ({end}) before it starts ({start})").format(
                end=month_text(planning.end), start=month_text(planning.start)
            ),
            "planning",
            _("swap start and end"),
            blocks_export=True,  # the exports cannot draw a period that runs backwards
        )
        return
    months = (planning.end[0] - planning.start[0]) * 12 + planning.end[1] - planning.start[1] + 1
    if months > MAX_MONTHS:
        yield Problem(
            (*planning.path, "end"),
            _(
                "the planning spans {months} months ({start} to {end}); a plan's grid spans at "
                "most {limit} months"
            ).format(
                months=f"{months:,}",
                start=month_text(planning.start),
                end=month_text(planning.end),
                limit=MAX_MONTHS,
            ),
            "planning",
            _("check the years of planning.start and planning.end"),
            blocks_export=True,  # the exports would draw a table for every year of it
        )
        return
    for row in planning.rows:
        for kind, marks in (("work", row.work), ("evaluation", row.evaluation)):
            for month in marks:
                if not planning.start <= month <= planning.end:
                    yield Problem(
                        row.mark_path(kind, month),
                        _(
                            "measure {measure} has a mark in {month}, outside the planning "
                            "period {start} to {end}"
                        ).format(
                            measure=row.measure,
                            month=month_text(month),
                            start=month_text(planning.start),
                            end=month_text(planning.end),
                        ),
                        f"{row.measure}/{kind}/{month_text(month)}",
                        _("move the mark into the period, or change planning.start/end"),
                    )
