"""Every footnote reference resolves.

Text refers to a footnote with `[^id]`; the id must be in the plan's `footnotes` list, or the
Word report would have a reference with no note.

Fails:

    text: Met partners[^partner] en ...   # the footnote's id is partners

Fix: use the id of an existing footnote, or add the footnote.
"""

from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches
from plancheck.texts import plan_texts, references

ID = "footnote-references"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    known = [f.id for f in plan.footnotes]
    for text, path in plan_texts(plan):
        for footnote, _ in references(text):
            if footnote is not None and footnote not in known:
                close = close_matches(footnote, known)
                yield Problem(
                    path,
                    i18n._("the footnote reference [^{id}] has no footnote").format(id=footnote),
                    footnote,
                    i18n._("did you mean [^{id}]?").format(id=close[0])
                    if close
                    else i18n._("add it to `footnotes`"),
                    excerpt=f"[^{footnote}]",
                )
