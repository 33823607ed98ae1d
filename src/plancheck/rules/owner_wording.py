"""A measure's owner wording names the owner its id points to.

A measure names each owner twice: by id (`owner:`, which the calendar feed of that role and
the progress report follow) and in words (`wording:`, what the Word report prints in the
measure's table, as published). When someone changes the id and leaves the wording alone,
the report names one role and the calendar feed another. The wording need not be the
owner's `name` word for word (a plan may write "van Zuidhaven en Noordstad" where the
registry says "gemeenten Noordstad en Zuidhaven"), but it must read more like its own
owner's name than like any other owner's: the words that tell the owners apart ("Jeugd",
"Inkoopteam", "projectleider") count most.

Fails:

    owners:
      - owner: beleidsadviseurs-jeugd          # changed from beleidsadviseurs-sociaal-domein
        wording: Beleidsadviseurs Sociaal Domein gemeenten Noordstad en Zuidhaven.

Fix: write the new owner's role in `wording` (the hint gives its name from `owners`), or set
`owner:` back to the id the wording names.
"""

import math
import re
from collections.abc import Iterator

from plancheck.findings import Change, Severity
from plancheck.i18n import _
from plancheck.model import Owner, Plan
from plancheck.problem import Problem

ID = "owner-wording"
SEVERITY = Severity.ERROR

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2}


def _scores(wording: str, owners: tuple[Owner, ...]) -> dict[str, float]:
    """How much of each owner's name the wording says, each word weighed by how few owner
    names have it (a word every name has tells no owner apart)."""
    names = {o.id: _words(o.name) for o in owners}
    counts: dict[str, int] = {}
    for words in names.values():
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    said = _words(wording)
    weight = {w: math.log((len(names) + 1) / n) for w, n in counts.items()}
    scores: dict[str, float] = {}
    for owner_id, words in names.items():
        total = sum(weight[w] for w in words)
        scores[owner_id] = sum(weight[w] for w in words & said) / total if total else 0.0
    return scores


def check(plan: Plan) -> Iterator[Problem]:
    if len(plan.owners) < 2:
        return
    for measure in plan.measures:
        for ref in measure.owners:
            owner = plan.owner(ref.owner)
            if owner is None:
                continue  # owner-unknown reports it
            scores = _scores(ref.wording, plan.owners)
            own = scores[owner.id]
            # (two owners of one id count as one: unique-ids reports them)
            others = [i for i in scores if i != owner.id]
            other_id = max(others, key=lambda i: scores[i], default=None)
            other = plan.owner(other_id) if other_id is not None else None
            # clearly another's: more of the other's telling words than of its own
            if other is None or scores[other.id] < 0.5 or scores[other.id] < own + 0.1:
                continue
            ending = "." if ref.wording.rstrip().endswith(".") else ""
            yield Problem(
                (*ref.path, "wording"),
                _(
                    "measure {measure} names the owner '{owner}' ({name}), but its wording "
                    "'{wording}' names '{other}' ({other_name}): the report and the calendar "
                    "feeds would name different roles"
                ).format(
                    measure=measure.id,
                    owner=owner.id,
                    name=owner.name,
                    wording=ref.wording,
                    other=other.id,
                    other_name=other.name,
                ),
                f"{measure.id}/{owner.id}",
                _(
                    "write the role of '{owner}' in the wording ('{name}{ending}'), or set owner: "
                    "back to '{other}'"
                ).format(owner=owner.id, name=owner.name, ending=ending, other=other.id),
                fix=(
                    Change(
                        "set",
                        (*ref.path, "wording"),
                        owner.name + ending,
                        _("owner {owner} of measure {measure}").format(
                            owner=owner.id, measure=measure.id
                        ),
                    ),
                ),
            )
