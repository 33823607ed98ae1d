"""A plan makes at most 10,000 footnote references.

Each `[^id]` is a footnote reference of the Word report: a few bytes in the plan, some
kilobytes of the report's XML while it is written. Past 10,000 references (a real plan
makes a handful) the report would take memory out of proportion to the plan, so the gate
stops there, and the Word export refuses such a plan even with `--force`.

Fails:

    text: Zie[^bron] ... zie[^bron] ...   # 10,001 times in the plan's texts

Fix: refer to a footnote where it is needed, not at every mention.
"""

from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.markup import MAX_FOOTNOTE_REFERENCES
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import plan_texts, references

ID = "footnote-limit"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    total = 0
    past = None  # the text that holds the first reference past the bound
    for text, path in plan_texts(plan):
        total += sum(footnote is not None for footnote, _ in references(text))
        if past is None and total > MAX_FOOTNOTE_REFERENCES:
            past = path
    if past is not None:
        yield Problem(
            past,
            i18n._(
                "the plan makes {total} footnote references; a Word report holds at most "
                "{limit} (reference {past} is in this text)"
            ).format(
                total=f"{total:,}",
                limit=f"{MAX_FOOTNOTE_REFERENCES:,}",
                past=f"{MAX_FOOTNOTE_REFERENCES + 1:,}",
            ),
            "footnotes",
            i18n._("refer to a footnote where it is needed, not at every mention"),
            blocks_export=True,  # more references than a Word report holds: never forced
        )
