"""An owner whose person is not yet appointed is a warning for each measure it owns.

"Projectleider, nog te benoemen": the role exists but nobody holds it,
so nobody is yet answerable for the measure. The owners registry marks such a role with
`appointed: false`; the warning names each measure that depends on it.

Warns:

    owners:
      - id: projectleider
        appointed: false

Fix: when the person is appointed, set `appointed: true` (and record it in `revisions`).
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "owner-not-appointed"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    for measure in plan.measures:
        for ref in measure.owners:
            owner = plan.owner(ref.owner)
            if owner is not None and not owner.appointed:
                yield Problem(
                    (*ref.path, "owner"),
                    _(
                        "measure {measure} is owned by '{name}', whose person is not yet appointed"
                    ).format(measure=measure.id, name=owner.name),
                    measure.id,
                    _("once appointed, set `appointed: true` for owner '{owner}'").format(
                        owner=owner.id
                    ),
                    facts=(("name", owner.name), ("owner", owner.id)),
                )
