"""A footnote reference stands where Word can place a footnote.

Word has no footnote inside a footnote, and none in the page header: a `[^id]` in a
footnote's own text (referring to itself, to another footnote, or two footnotes to each
other) or in a text of the running header (the header lines, the municipalities and their
label, the date label) has no place in the Word report. LibreOffice cannot open a file that
has one; a footnote that refers to itself would never end. The Word export writes such a
reference as its plain marker (`[^id]`) and never follows it, even with `--force`.

Fails:

    footnotes:
      - id: bron
        text: Zie het rapport[^rapport].     # a footnote inside a footnote

Fix: write the note out in the footnote's own words ("zie het rapport van maart"), or put
the reference in the body text the footnote belongs to.
"""

from collections.abc import Iterator

from plancheck import i18n
from plancheck.findings import Severity
from plancheck.loader import PathKey
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import references

ID = "footnote-nesting"
SEVERITY = Severity.ERROR


def _header_texts(plan: Plan) -> Iterator[tuple[str, PathKey]]:
    """The texts the Word report prints in its page header (writer._running_header)."""
    doc = plan.document
    for i, line in enumerate(doc.running_header):
        yield line, ("document", "running_header", i)
    yield plan.labels["municipalities"], ("labels", "municipalities")
    for i, name in enumerate(doc.municipalities):
        yield name, ("document", "municipalities", i)
    yield plan.labels["date"], ("labels", "date")


def _footnotes(text: str) -> list[str]:
    """The footnotes `text` refers to, each once, in order."""
    return list(dict.fromkeys(f for f, _ in references(text) if f is not None))


def check(plan: Plan) -> Iterator[Problem]:
    for footnote in plan.footnotes:
        for inner in _footnotes(footnote.text):
            whom = (
                i18n._("itself")
                if inner == footnote.id
                else i18n._("the footnote '{id}'").format(id=inner)
            )
            yield Problem(
                (*footnote.path, "text"),
                i18n._(
                    "the footnote '{id}' refers to {whom} with [^{inner}]: Word has no "
                    "footnote inside a footnote"
                ).format(id=footnote.id, whom=whom, inner=inner),
                footnote.id,
                i18n._(
                    "write out in the note's own words what [^{inner}] refers to, or put it "
                    "in the body text"
                ).format(inner=inner),
            )
    for text, path in _header_texts(plan):
        for inner in _footnotes(text):
            yield Problem(
                path,
                i18n._(
                    "the page header refers to the footnote '{inner}' with [^{inner}]: Word "
                    "has no footnote in the page header"
                ).format(inner=inner),
                ".".join(str(p) for p in path),
                i18n._(
                    "remove [^{inner}] here, and refer to the footnote from the body text"
                ).format(inner=inner),
            )
