"""A milestone's kind and dates fit together.

An ongoing milestone ("Doorlopend") has `due: ongoing` and kind `ongoing`, and only it does;
a period's start is not after its end; "immediate" and "ongoing" have no start.

Fails:

    - id: 2-monitoring
      wording: Doorlopend
      due: ongoing
      kind: deliverable

Fix: use kind `ongoing` with `due: ongoing`, or give the milestone a date.
"""

from collections.abc import Iterator

from plancheck.findings import Change, Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "milestone-dates"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    for m in (*plan.milestones, *plan.external_milestones):
        if (m.kind == "ongoing") != (m.due.kind == "ongoing"):
            yield Problem(
                (*m.path, "kind"),
                _("milestone {id} has kind {kind} but due {due}").format(
                    id=m.id, kind=m.kind, due=m.due.raw
                ),
                m.id,
                _(
                    "ongoing work has `kind: ongoing` and `due: ongoing`; a dated milestone "
                    "another kind"
                ),
            )
        if m.start is None:
            continue
        first, last = m.start.earliest_date(), m.due.latest_date()
        if first is None or last is None:
            yield Problem(
                (*m.path, "start"),
                _("milestone {id} has a start but is due {due}").format(id=m.id, due=m.due.raw),
                m.id,
                _("remove start, or give due a date"),
            )
        elif first > last:
            yield Problem(
                (*m.path, "start"),
                _("milestone {id} starts ({start}) after it is due ({due})").format(
                    id=m.id, start=m.start.raw, due=m.due.raw
                ),
                m.id,
                _("swap start and due"),
                fix=(
                    Change(
                        "set", (*m.path, "start"), m.due.raw, _("milestone {id}").format(id=m.id)
                    ),
                    Change(
                        "set", (*m.path, "due"), m.start.raw, _("milestone {id}").format(id=m.id)
                    ),
                ),
                # swapped, the dates may no longer say what the wording says
                fallback=_(
                    "correct start and due so that the period runs forward, as the wording "
                    "says (or correct the wording)"
                ),
            )
