"""Every X in the planning grid is explained by a milestone.

The grid is the plan's calendar at a glance; an X that no milestone of its measure falls on
(in that month, on that row) tells readers something is due that the measure's table does
not mention. Usually a milestone's date changed and the grid was forgotten, or the reverse.

Warns:

    rows:
      - measure: "2"
        work: ["2018-04", "2018-05"]   # no milestone of measure 2 is due in May 2018

Fix: remove the X, or add or correct the milestone it stands for.
"""

from collections.abc import Iterator

from plancheck.findings import Change, Severity
from plancheck.i18n import _, month_name
from plancheck.model import Month, Plan, month_text
from plancheck.problem import Problem

ID = "grid-mark-unexplained"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    evaluation_label = plan.labels["evaluation_row"]
    for row in plan.planning.rows:
        measure = plan.measure(row.measure)
        if measure is None:
            continue  # grid-rows reports it
        slots: set[tuple[str, Month]] = set()
        for milestone in measure.realisation:
            slot = plan.grid_slot(milestone)
            if slot is not None:
                slots.add(slot)
        for kind, marks in (("work", row.work), ("evaluation", row.evaluation)):
            for month in marks:
                if (kind, month) in slots:
                    continue
                message = (
                    _(
                        "the X in {month} on the {label} row of measure {measure} is not "
                        "explained by any of its milestones"
                    )
                    if kind == "evaluation"
                    else _(
                        "the X in {month} on the row of measure {measure} is not explained by "
                        "any of its milestones"
                    )
                )
                yield Problem(
                    row.mark_path(kind, month),
                    message.format(
                        month=month_name(month), measure=row.measure, label=evaluation_label
                    ),
                    f"{row.measure}/{kind}/{month_text(month)}",
                    _("remove the X, or add or correct the milestone it stands for"),
                    fix=(
                        Change(
                            "remove",
                            (*row.path, kind),
                            month_text(month),
                            _("planning row {measure}").format(measure=row.measure),
                        ),
                    ),
                    facts=(
                        ("mark", f"{kind} {month_text(month)}"),
                        (
                            "milestones",
                            ", ".join(f"{k} {month_text(m)}" for k, m in sorted(slots)) or "none",
                        ),
                    ),
                )
