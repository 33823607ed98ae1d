"""Text holds only characters that show as what they are.

A file cannot hold a raw control character (the loader refuses it at its line and column),
but a double-quoted YAML string can write one as an escape ("\\u0007", "\\e", "\\x1b",
"\\u2028"), and a direction control can be pasted invisibly. Each does harm where the text
goes:

- control characters (C0, DEL, C1): a Word file cannot carry most of them, and an escape
  code (ESC, written "\\e" or "\\x1b") recolours or clears the terminal that shows a finding;
- line and paragraph separators (U+2028, U+2029, NEL U+0085; "\\L", "\\P", "\\N"): no line
  break in the report, but a raw line break inside a calendar line;
- direction controls (U+202A-U+202E, U+2066-U+2069): they reverse the order in which the text
  around them is shown, so a reader sees other text than the plan holds.

The exports never carry them: `--force` does not override this rule.

Fails:

    text: "Rapport\\u0007 gereed."
    title: "Overleg \\u202eregeling"

Fix: delete the invisible character (in a double-quoted string, the escape that writes it).
"""

import re
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import N_, _
from plancheck.loader import PathKey
from plancheck.model import Plan
from plancheck.printable import all_printable, compiled
from plancheck.problem import Problem
from plancheck.texts import plan_texts

ID = "text-characters"
SEVERITY = Severity.ERROR


# Characters XML 1.0 cannot hold (and so neither can OOXML): C0 controls other than tab and
# line breaks, lone surrogates, U+FFFE and U+FFFF. DEL and the C1 controls XML allows, but
# nothing shows them (U+009B starts a terminal escape sequence on its own). NEL (U+0085) is a
# line separator.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_C1 = "\x7f-\x84\x86-\x9f"
_SEPARATOR = "\u2028\u2029\x85"
_DIRECTION = "\u202a-\u202e\u2066-\u2069"
# compiled only for a text that may hold one (plancheck.printable.all_printable)
_BAD = f"[{_CONTROL}{_C1}{_SEPARATOR}{_DIRECTION}]"
_ESCAPES = N_(
    "delete the invisible character (in double quotes it is written as an escape like "
    '"\\u0007", "\\e" or "\\x1b")'
)

# each kind's characters, as a pattern compiled where a text holds one (most plans: none)
_KINDS = (
    (
        f"[{_CONTROL}]",
        N_("the text holds a control character ({codes}) that a Word file cannot carry"),
        _ESCAPES,
    ),
    (
        f"[{_C1}]",
        N_(
            "the text holds an invisible control character ({codes}) that no reader sees and a "
            "terminal may act on"
        ),
        _ESCAPES,
    ),
    (
        f"[{_SEPARATOR}]",
        N_(
            "the text holds an invisible line separator ({codes}) that the report does not show "
            "as a line break and a calendar would carry raw"
        ),
        N_(
            'delete it (in double quotes it is written "\\u2028", "\\L", "\\P" or "\\N"); a text '
            "of several lines is written after `|`"
        ),
    ),
    (
        f"[{_DIRECTION}]",
        N_(
            "the text holds an invisible direction control ({codes}) that reverses how the "
            "text around it is shown"
        ),
        N_(
            "delete it (it may have been pasted with the text, or written as an escape like "
            '"\\u202e"): readers would see other text than the plan holds'
        ),
    ),
)


def bad_characters(text: str) -> list[str]:
    """The characters of `text` the exports must not carry."""
    return [] if all_printable(text, but="\t\n\r") else compiled(_BAD).findall(text)


def _texts(plan: Plan) -> Iterator[tuple[str, PathKey]]:
    yield from plan_texts(plan)
    # short strings the exports do not print, but findings quote
    for party in plan.parties:
        if party.abbreviation:
            yield party.abbreviation, (*party.path, "abbreviation")
    for abbreviation in plan.abbreviations:
        yield abbreviation.abbreviation, (*abbreviation.path, "abbreviation")
    for ack in plan.acknowledged:
        yield ack.subject, (*ack.path, "subject")


def check(plan: Plan) -> Iterator[Problem]:
    for text, path in _texts(plan):
        if not bad_characters(text):
            continue
        for pattern, message, hint in _KINDS:
            found = re.findall(pattern, text)
            if found:
                codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in found}))
                yield Problem(
                    path,
                    _(message).format(codes=codes),
                    ".".join(str(p) for p in path),
                    _(hint),
                    blocks_export=True,  # the Word export cannot write it
                )
