"""Every measure has grid rows, and every grid row belongs to a measure.

The planning grid (section 5) has a row and an evaluatie row for each measure. A measure
without rows is missing from the planning; a row for a measure that does not exist (a typo,
or a measure that was removed) shows marks nobody owns; two rows for one measure split its
marks.

Fails:

    planning:
      rows:
        - measure: "3.3"   # there is no measure 3.3

Fix: add `- measure: "<id>"` with `work:` and `evaluation:` lists, or correct the number.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "grid-rows"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    seen: set[str] = set()
    for row in plan.planning.rows:
        if plan.measure(row.measure) is None:
            yield Problem(
                (*row.path, "measure"),
                _("the planning has a row for measure {measure}, which does not exist").format(
                    measure=row.measure
                ),
                row.measure,
                _("correct the measure number or remove the row"),
            )
        if row.measure in seen:
            yield Problem(
                (*row.path, "measure"),
                _("the planning has two rows for measure {measure}").format(measure=row.measure),
                row.measure,
                _("merge the marks into one row"),
            )
        seen.add(row.measure)
    for measure in plan.measures:
        if measure.id not in seen:
            yield Problem(
                (*measure.path, "id"),
                _("measure {measure} has no row in the planning grid").format(measure=measure.id),
                measure.id,
                _(
                    'add `- measure: "{measure}"` with its `work:` and `evaluation:` months to '
                    "planning.rows"
                ).format(measure=measure.id),
            )
