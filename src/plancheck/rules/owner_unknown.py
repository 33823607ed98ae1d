"""Every owner reference resolves to the owners registry.

A measure names its owners by id; the id must exist in the top-level `owners` list, so the
owner's calendar feed and the report can find the role.

Fails:

    owners:
      - owner: inkoop-team   # the registry says inkoopteam

Fix: use an id from `owners`, or add the role there. The hint suggests an id only for a
likely misspelling (a letter or two typed wrong), never a different role that merely looks
alike.
"""

from collections.abc import Iterator

from plancheck.findings import Change, Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches

ID = "owner-unknown"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    known = [o.id for o in plan.owners]
    for measure in plan.measures:
        for ref in measure.owners:
            if plan.owner(ref.owner) is None:
                close = close_matches(ref.owner, known)
                hint = (
                    _("did you mean '{name}'?").format(name=close[0])
                    if close
                    else _("add the role to `owners`")
                )
                yield Problem(
                    (*ref.path, "owner"),
                    _(
                        "measure {measure} names the owner '{owner}', which is not in the "
                        "owners list"
                    ).format(measure=measure.id, owner=ref.owner),
                    f"{measure.id}/{ref.owner}",
                    hint,
                    fix=(
                        (
                            Change(
                                "set",
                                (*ref.path, "owner"),
                                close[0],
                                _("measure {measure}").format(measure=measure.id),
                            ),
                        )
                        if close
                        else ()
                    ),
                )
