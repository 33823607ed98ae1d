"""Every measure has at least one owner.

A measure without an owner ("Verantwoordelijke persoon") is nobody's job. Each measure, and
each part of a grouped measure (3.1, 3.2), lists at least one owner from the owners registry.

Fails:

    - id: "6"
      owners: []

Fix: add `- owner: <id>` with the published `wording` to the measure's owners.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "owner-missing"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    for measure in plan.measures:
        if not measure.owners:
            yield Problem(
                (*measure.path, "owners"),
                _("measure {measure} has no owner").format(measure=measure.id),
                measure.id,
                _("add an owner from the owners list: `- owner: <id>` with its `wording`"),
            )
