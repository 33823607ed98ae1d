"""Every party a measure involves is in the parties list.

"Overige betrokkenen" names parties by id (`involved.parties`), so that the list of
abbreviations and per-party views can be produced; the id must exist in `parties`.

Fails:

    involved:
      parties: [veilig-thuis-zeeland]   # the party's id is veilig-thuis

Fix: use an id from `parties`, or add the party there.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches

ID = "party-references"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    known = [p.id for p in plan.parties]
    for measure in plan.measures:
        for i, party in enumerate(measure.parties):
            if plan.party(party) is None:
                close = close_matches(party, known)
                yield Problem(
                    (*measure.path, "involved", "parties", i),
                    _(
                        "measure {measure} involves '{party}', which is not in the parties list"
                    ).format(measure=measure.id, party=party),
                    f"{measure.id}/{party}",
                    _("did you mean '{name}'?").format(name=close[0])
                    if close
                    else _("add the party to `parties`"),
                )
