"""Plans that stress the Markdown subset, for the figures in docs/limits.md.

Both are the frozen published plan (tests/fixtures/plan-2018-08-31.yaml) with one text
field grown, so each passes the gate like the published plan:

    python benchmarks/hostile.py openers 20000 > openers.yaml     # "[^[^[^ ... [^ x]"
    python benchmarks/hostile.py references 200000 > refs.yaml    # "[^werkgemeenschap]"

`openers N` puts N footnote openers ("[^") into one text, closed once at the end after a
space (" x]"): each opener is the start of a label that runs to that one bracket (and holds
a space, so it is no reference). `references N` puts N references to one footnote into one
text (each a footnote reference of the Word report).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"
FIELD = "        text: Versterken van de werkgemeenschap[^werkgemeenschap].\n"


def grown(kind: str, count: int, source: Path = FIXTURE) -> str:
    text = source.read_text("utf-8")
    assert text.count(FIELD) == 1, f"{FIELD!r} is not in {source}"
    grown = "[^" * count + " x]" if kind == "openers" else "[^werkgemeenschap]" * count
    return text.replace(FIELD, f"        text: Versterken {grown}.\n")


def main(argv: list[str]) -> None:
    if len(argv) != 2 or argv[0] not in ("openers", "references") or not argv[1].isdigit():
        raise SystemExit("usage: python benchmarks/hostile.py openers|references COUNT")
    sys.stdout.write(grown(argv[0], int(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
