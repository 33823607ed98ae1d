"""Every footnote is used.

A footnote that no text refers to with `[^id]` never appears in the Word report (Word numbers
and places footnotes where they are referenced), so its text is lost to the reader.

Warns:

    footnotes:
      - id: amhk      # and no [^amhk] anywhere

Fix: put `[^id]` where the note belongs, or remove the footnote.
"""

from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import plan_texts, references

ID = "footnote-unused"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    used = {f for text, _ in plan_texts(plan) for f, _ in references(text) if f is not None}
    for footnote in plan.footnotes:
        if footnote.id not in used:
            yield Problem(
                (*footnote.path, "id"),
                i18n._("the footnote '{id}' is not referenced anywhere").format(id=footnote.id),
                footnote.id,
                i18n._("put [^{id}] where the note belongs, or remove the footnote").format(
                    id=footnote.id
                ),
            )
