"""Every reference to a measure resolves.

Cross-references in the text ("zie ook maatregel 8") are links `[maatregel 8](measure:8)`;
the number after `measure:` must be a measure of the plan, or the reader is sent nowhere.
Measure numbers in the measure lists and planning rows are checked by measure-numbering and
grid-rows.

Fails:

    text: N.v.t. Zie [maatregel 9](measure:9).

Fix: correct the number, or remove the link.
"""

from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import plan_texts, references

ID = "measure-references"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
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
                )
