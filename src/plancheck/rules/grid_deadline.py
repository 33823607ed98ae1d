"""Each dated milestone appears in the planning grid.

A milestone with a date has an X in its month on its measure's row; an evaluation milestone
on the measure's evaluatie row. A period ("April 2018 - december 2019") counts at its end,
"Per direct" in the grid's first month; "Doorlopend" (ongoing) needs no mark. The plan's
convention puts a deadline on the first of a month in the month before it: "Voor 01-10-2018"
is due 2018-09-30 and marked in September.

Fails:

    realisation:
      - id: 6-factsheet
        wording: Voor 1 juli 2018
        due: "2018-06-30"
    ...
    rows:
      - measure: "6"
        work: ["2018-05"]      # no X in June 2018

Fix: put the X in the milestone's month, or correct the milestone's date (and wording).
"""

from collections.abc import Iterator
from dataclasses import replace

from plancheck.findings import Change, Severity
from plancheck.model import GridRow, Plan, month_text
from plancheck.problem import Problem
from plancheck.wording import dutch_month

ID = "grid-deadline"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    rows: dict[str, GridRow] = {}
    for grid_row in plan.planning.rows:  # two rows for one measure (grid-rows) count together
        seen = rows.get(grid_row.measure)
        rows[grid_row.measure] = (
            grid_row
            if seen is None
            else replace(
                seen,
                work=seen.work + grid_row.work,
                evaluation=seen.evaluation + grid_row.evaluation,
            )
        )
    evaluation_label = plan.labels["evaluation_row"]
    for measure in plan.measures:
        row = rows.get(measure.id)
        if row is None:
            continue  # grid-rows reports the missing row
        for milestone in measure.realisation:
            slot = plan.grid_slot(milestone)
            if slot is None:
                continue
            kind, month = slot
            marks = row.work if kind == "work" else row.evaluation
            if month in marks:
                continue
            row_name = (
                f"the {evaluation_label} row of measure {measure.id}"
                if kind == "evaluation"
                else f"the row of measure {measure.id}"
            )
            shown = ", ".join(dutch_month(m) for m in marks) or "none"
            inside = plan.planning.start <= month <= plan.planning.end
            mark = month_text(month)
            yield Problem(
                (*milestone.path, "due"),
                f"milestone {milestone.id} ('{milestone.wording}', due {milestone.due.raw}) has no X "
                f"in {dutch_month(month)} on {row_name} (its marks: {shown})",
                milestone.id,
                f'add "{month[0]:04d}-{month[1]:02d}" to planning row {measure.id} `{kind}`, '
                "or correct the milestone's date"
                if inside
                # an X outside the grid's period is a grid-period error: no hint to add it
                else f"{mark} lies outside the planning period ({month_text(plan.planning.start)} to {month_text(plan.planning.end)}): correct the "
                "milestone's date and wording, or widen the planning period and add the X",
                facts=(
                    ("due", milestone.due.raw),
                    ("marks", ", ".join(month_text(m) for m in marks) or "none"),
                    ("slot", f"{kind} {month_text(month)}"),
                ),
                fix=(
                    (Change("add", (*row.path, kind), mark, f"planning row {measure.id}"),)
                    if inside
                    else ()
                ),
            )
