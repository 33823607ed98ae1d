"""Text holds only characters a Word document can carry.

Control characters (other than tab and line breaks) cannot be stored in a Word file's XML;
they usually come from copying text out of another program. The Word export would fail on
them, so the gate names the place first.

Fails:

    text: "Factsheet\u0007 gereed."

Fix: delete the invisible character (retype the word around it).
"""

import re
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.texts import plan_texts

ID = "text-characters"
SEVERITY = Severity.ERROR


# Characters XML 1.0 cannot hold (and so neither can OOXML): C0 controls other than tab and
# line breaks, lone surrogates, U+FFFE and U+FFFF.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def bad_characters(text: str) -> list[str]:
    """The characters of `text` a Word file cannot carry."""
    return _BAD.findall(text)


def check(plan: Plan) -> Iterator[Problem]:
    for text, path in plan_texts(plan):
        bad = bad_characters(text)
        if bad:
            codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in bad}))
            yield Problem(
                path,
                f"the text holds a control character ({codes}) that a Word file cannot carry",
                ".".join(str(p) for p in path),
                "delete the invisible character",
                blocks_export=True,  # the Word export cannot write it
            )
