"""plancheck.quick_markup: where it reads a text, its runs are markdown-it's.

The quick reader may give None for any text (markdown-it then parses it); where it gives runs
they must equal `walk_runs(parse(text))`, the reference. Held to that on every text of the
fixtures, the examples and the live plan, and on a fixed set of mutations of them: each
piece of Markdown syntax (and near misses of the subset) put at many places of each text.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from support import PUBLISHED, ROOT

from plancheck.markup import Block, ListBlock, walk_runs
from plancheck.markup import parse_markdown as parse
from plancheck.quick_markup import blocks, runs
from plancheck.texts import text_runs

PLANS = [
    PUBLISHED,
    ROOT / "plan.yaml",
    *sorted((ROOT / "tests" / "fixtures").glob("*.yaml")),
    *sorted((ROOT / "examples").rglob("*.yaml")),
]


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _texts() -> list[str]:
    found: set[str] = set()
    for path in PLANS:
        found.update(_strings(yaml.safe_load(path.read_text("utf-8"))))
    return sorted(found)


TEXTS = _texts()

# Markdown syntax, and near misses of what the quick reader takes
SNIPPETS = [
    "*",
    "**",
    "*a*",
    " *woord* ",
    "(*woord*)",
    "*woord.*",
    "*woord*.",
    "*woord*x",
    "x*woord*",
    " *woord *",
    " * woord*",
    "* ",
    "_a_",
    "a_b",
    " a_ b",
    "a _b",
    "a_b_c",
    "__a__",
    "[",
    "]",
    "[^x]",
    "[^a b]",
    "[^x*y]",
    "[^]",
    "[^x]: y",
    "[maatregel 8](measure:8)",
    "[maatregel 8](measure:3.1)",
    "[ maatregel ](measure:8)",
    "[](measure:8)",
    "[m](measure:)",
    "[m](Measure:8)",
    '[m](measure:8 "titel")',
    "[m] (measure:8)",
    "[m](measure: 8)",
    "[m](https://example.org)",
    "[m][x]",
    "[a [^x] b](measure:8)",
    "![m](measure:8)",
    "*[m](measure:8)*",
    "*a [^x] b*",
    "<measure:8>",
    "<b>",
    "`code`",
    "\\*",
    "&amp;",
    "& ",
    "&",
    "\n",
    "\n\n",
    " \n",
    "  \n",
    "\n  ",
    "\n   ",
    "\n    ",
    "\n\t",
    "\n- ",
    "\n-",
    "\n- - ",
    "\n  - ",
    "\n   - ",
    "\n    - ",
    "\n\n- ",
    "\n\n  - ",
    "\n* ",
    "\n+ ",
    "\n1. ",
    "\n2. ",
    "\n2) ",
    "\n\n2. ",
    "\n\n  2. ",
    "\n3.1 ",
    "\n# ",
    "\n> ",
    "\n{x} ",
    "\n---\n",
    "\n===\n",
    "\n| a |",
    "\n```\n",
    "\u00a0",
    "\u2003",
    "\r",
    "\x00",
    "\x1c",
]


def _shape(made: tuple[Block, ...]) -> Any:
    """Blocks with each paragraph's first line, which their equality leaves out."""
    return [
        (block.ordered, block.start, [_shape(item) for item in block.items])
        if isinstance(block, ListBlock)
        else (block.runs, block.line)
        for block in made
    ]


def _reference(text: str) -> tuple[Any, ...]:
    return tuple(walk_runs(parse(text)))


def _check(text: str) -> bool:
    """The quick runs of `text` are markdown-it's; whether the quick reader took it."""
    quick = runs(text)
    if quick is not None:
        assert quick == _reference(text), repr(text)
    made = blocks(text)
    if made is not None:  # the exporters' blocks, paragraphs' lines too
        assert quick is not None, repr(text)
        assert _shape(made) == _shape(parse(text)), repr(text)
    return quick is not None


def test_agrees_on_every_text_of_the_plans() -> None:
    taken = sum(_check(text) for text in TEXTS)
    assert taken >= 0.9 * len(TEXTS)  # the fast path is what most texts take


def test_reads_every_text_of_the_published_plan() -> None:
    texts = set(_strings(yaml.safe_load(PUBLISHED.read_text("utf-8"))))
    # the status words (on_track) are values, not texts: no plan text has "_"
    assert [text for text in texts if runs(text) is None and "_" not in text] == []


def _mutations(seed: int) -> Iterator[str]:
    chance = random.Random(seed)
    for text in TEXTS:
        for snippet in SNIPPETS:
            for _ in range(2):
                at = chance.randrange(len(text) + 1)
                yield text[:at] + snippet + text[at:]
        # and some snippets together
        for _ in range(4):
            mutated = text
            for snippet in chance.sample(SNIPPETS, 3):
                at = chance.randrange(len(mutated) + 1)
                mutated = mutated[:at] + snippet + mutated[at:]
            yield mutated


def test_agrees_on_mutations_of_every_text() -> None:
    checked = taken = 0
    for text in _mutations(2018):
        checked += 1
        taken += _check(text)
    assert taken >= checked // 6  # the mutations exercise the quick reader, not only its "no"


def test_agrees_on_the_syntax_alone() -> None:
    for first in SNIPPETS:
        for second in SNIPPETS:
            _check(f"woord{first}woord{second}woord")
            _check(f"{first}woord {second}")


def test_the_quick_blocks_read_most_texts_of_the_plans() -> None:
    taken = [text for text in TEXTS if blocks(text) is not None]
    assert len(taken) >= 0.9 * len(TEXTS)
    assert any(isinstance(b, ListBlock) for t in taken for b in blocks(t) or ())


LISTS = [
    "a\n- b\n- c",
    "- a\n- b\n\n- c",
    "- a\n  - b\n  - c\n- d",
    "- a\n  - b\n\n- c",
    "- a\nlazy\n- b",
    "- a\n  - b\nlazy",
    "1. a\n\n2. b\n\nc",
    "3. a\n\n4) b",
    "- a\n\n1. b\n\n- c",
    "a\n\n- b\n\nc\n- d",
    "- a\n\n  b",
    "- a\n\n  b\n- c",
    "- a\n\n   b\n\n  c",
    "- a\n  b\n   c",
    "1. a\n\n   b\n\n2. c\n\n   d\ne",
    "1. a\n\n  b",
    "10. a\n\n   b",
    "1. a\n  - b",
    "a\n  - b",
]


def test_agrees_on_lists() -> None:
    for text in LISTS:
        _check(text)
        for snippet in SNIPPETS:
            _check(text + snippet)
            _check(snippet + text)


def test_text_runs_is_the_reference_for_every_text() -> None:
    for text in TEXTS:
        assert text_runs(text) == _reference(text)


def test_check_of_the_published_plan_never_imports_markdown_it() -> None:
    code = (
        "import sys\n"
        "from plancheck.engine import check_file\n"
        f"assert check_file({str(PUBLISHED)!r}).plan is not None\n"
        "print('markdown_it' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert done.stdout.strip() == "False"
