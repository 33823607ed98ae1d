"""Each dated milestone appears in the planning grid.

A milestone with a date has an X in its month on its measure's row; an evaluation milestone
on the measure's evaluation row (its label is the plan's `labels.evaluation_row`). A period ("April 2018 - december 2019") counts at its end,
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

from plancheck.findings import Change, Severity
from plancheck.i18n import _, month_name
from plancheck.model import GridRow, Plan, month_text
from plancheck.problem import Problem
from plancheck.record import replace

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
                _("the {label} row of measure {measure}").format(
                    label=evaluation_label, measure=measure.id
                )
                if kind == "evaluation"
                else _("the row of measure {measure}").format(measure=measure.id)
            )
            shown = ", ".join(month_name(m) for m in marks) or _("none")
            inside = plan.planning.start <= month <= plan.planning.end
            mark = month_text(month)
            yield Problem(
                (*milestone.path, "due"),
                _(
                    "milestone {id} ('{wording}', due {due}) has no X in {month} on {row} "
                    "(its marks: {marks})"
                ).format(
                    id=milestone.id,
                    wording=milestone.wording,
                    due=milestone.due.raw,
                    month=month_name(month),
                    row=row_name,
                    marks=shown,
                ),
                milestone.id,
                _(
                    'add "{month}" to planning row {measure} `{kind}`, or correct the '
                    "milestone's date"
                ).format(month=mark, measure=measure.id, kind=kind)
                if inside
                # an X outside the grid's period is a grid-period error: no hint to add it
                else _(
                    "{month} lies outside the planning period ({start} to {end}): correct the "
                    "milestone's date and wording, or widen the planning period and add the X"
                ).format(
                    month=mark,
                    start=month_text(plan.planning.start),
                    end=month_text(plan.planning.end),
                ),
                facts=(
                    ("due", milestone.due.raw),
                    ("marks", ", ".join(month_text(m) for m in marks) or "none"),
                    ("slot", f"{kind} {month_text(month)}"),
                ),
                fix=(
                    (
                        Change(
                            "add",
                            (*row.path, kind),
                            mark,
                            _("planning row {measure}").format(measure=measure.id),
                        ),
                    )
                    if inside
                    else ()
                ),
            )
