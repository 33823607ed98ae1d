"""Ids are unique: measures, milestones, owners, parties and footnotes.

Every id names one thing: a measure number, a milestone id (calendar events and dependencies
use it), an owner, a party, a footnote. Two things with the same id make references ambiguous
and calendar events collide.

Fails:

    owners:
      - id: inkoopteam
      - id: inkoopteam

Fix: give one of them another id, and update the references to it.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.loader import PathKey
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "unique-ids"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    groups: dict[str, list[tuple[str, PathKey]]] = {
        _("the measure id '{id}' is used twice"): [(m.id, m.path) for m in plan.measures],
        _("the milestone id '{id}' is used twice"): [
            (m.id, m.path) for m in (*plan.milestones, *plan.external_milestones)
        ],
        _("the owner id '{id}' is used twice"): [(o.id, o.path) for o in plan.owners],
        _("the party id '{id}' is used twice"): [(p.id, p.path) for p in plan.parties],
        _("the footnote id '{id}' is used twice"): [(f.id, f.path) for f in plan.footnotes],
        _("the improvement point id '{id}' is used twice"): [
            (p.id, p.path) for p in plan.improvement_points
        ],
    }
    for kind, entries in groups.items():
        first: dict[str, PathKey] = {}
        for ident, path in entries:
            if ident in first:
                yield Problem(
                    (*path, "id"),
                    kind.format(id=ident),
                    ident,
                    _("give each its own id and update the references to it"),
                )
            else:
                first[ident] = path
