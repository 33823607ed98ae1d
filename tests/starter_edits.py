"""Small plans for the tests of the refactored decisions (verdict, --force, catalogue): the
starter plan `plancheck init` writes, with exact pieces of text replaced. They depend on
neither the bundled plan.yaml nor the bad-plan corpus.
"""

from __future__ import annotations

from plancheck.engine import CheckResult, check_document
from plancheck.loader import load_text
from plancheck.starter import STARTER_PLAN

ROW = '      work: ["2026-03"]\n'

# one edit per kind of finding: (old, new) pieces of the starter plan
WARNING_ONLY = (  # footnote-unused, a warning
    "    text: <De inspecties die het onderzoek deden.>\n",
    "    text: <De inspecties die het onderzoek deden.>\n"
    "  - id: rapport\n    text: <Het rapport van de inspecties.>\n",
)
GRID_DEADLINE = (ROW, '      work: ["2026-04"]\n')  # an error (and an unexplained mark)
MARK_OUTSIDE = ('  end: "2026-12"\n', '  end: "2026-06"\n')  # grid-period, a mark outside
PERIOD_BACKWARDS = ('  start: "2026-01"\n', '  start: "2027-01"\n')
PERIOD_TOO_LONG = ('  start: "2026-01"\n', '  start: "2001-01"\n')
CONTROL_CHARACTER = (
    "            text: <Wat er dan besloten is.>\n",
    '            text: "Besluit\\u0007 genomen."\n',
)


def starter(*edits: tuple[str, str]) -> str:
    """The starter plan with each (old, new) applied; `old` must occur exactly once."""
    text = STARTER_PLAN
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def check_text(text: str) -> CheckResult:
    """Check a plan text that loads (the schema and the rules run as for a file)."""
    loaded = load_text(text, "plan.yaml")
    assert loaded.document is not None, loaded.findings
    return check_document(loaded.document)
