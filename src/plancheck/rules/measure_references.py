"""Every reference to a measure resolves.

Cross-references in the text are links `[maatregel 8](measure:8)`, or plain words as the
published plans write them: "zie maatregel 9", "maatregelen 3.1 en 3.2", the plan's word for
a measure (`labels.measure`, with its plural) followed by one or more numbers. Each number
must be a measure of the plan, or the reader is sent nowhere. The finding points at the
reference itself, also inside a `|` block. Measure numbers in the measure lists and planning
rows are checked by measure-numbering and grid-rows. The revision log, the acknowledgements'
reasons and the progress log may name a measure that has left the plan in plain words
("Maatregel 7 vervalt").

Fails:

    text: N.v.t. Zie [maatregel 9](measure:9).
    text: Zie ook maatregel 3.1 en 3.3.     # the plan has no measure 3.3

Fix: correct the number, or remove the link.
"""

import re
from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import plain_references, plan_texts, references

ID = "measure-references"
SEVERITY = Severity.ERROR


# The log of the plan's changes may name a measure that is no longer in it ("Maatregel 7
# vervalt"): its plain words are history, not a cross-reference.
_HISTORY = ("revisions", "acknowledged", "progress")


def _link(text: str, measure: str) -> str | None:
    """The link to `measure` as written in the text, `[maatregel 9](measure:9)`."""
    match = re.search(rf"\[[^\]\n]*\]\(measure:{re.escape(measure)}\)", text)
    return match.group(0) if match else None


def check(plan: Plan) -> Iterator[Problem]:
    word = plan.labels.get("measure", "")
    for text, path in plan_texts(plan):
        for _, measure in references(text):
            if measure is not None and plan.measure(measure) is None:
                yield Problem(
                    path,
                    i18n._("the text refers to measure {measure}, which does not exist").format(
                        measure=measure
                    ),
                    measure,
                    i18n._("correct the number in (measure:...), or remove the link"),
                    excerpt=_link(text, measure),
                )
        if not word or path[0] in _HISTORY:
            continue
        for measure, written in plain_references(text, word):
            if plan.measure(measure) is None:
                yield Problem(
                    path,
                    i18n._(
                        "the text refers to measure {measure} ('{written}'), which does not exist"
                    ).format(measure=measure, written=written),
                    measure,
                    i18n._("correct the number, or remove the reference"),
                    excerpt=written,
                )
