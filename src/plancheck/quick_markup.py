"""The runs of a plain plan text without the Markdown parser: `plancheck check`'s fast path.

Most texts of a plan are paragraphs and "- " lists of words, with at most *italic* words,
footnote references `[^id]` and measure links `[text](measure:id)`. For a text that provably
holds nothing else, `runs` gives exactly the runs markdown-it's parse gives
(plancheck.markup.parse, then walk_runs), without importing or running markdown-it; for any
other text it gives None and the caller parses it. markdown-it stays the reference:
tests/test_quick_markup.py holds the two equal on every text of the fixtures, the examples and
the live plan and on a fixed set of mutations of them.

The subset, chosen so that no CommonMark subtlety can apply: no character that starts inline
markup other than those three (no backtick, backslash, "<", "**", no other "[" or "]", "&"
only before a space, "_" only between letters or digits), no whitespace but spaces and line
breaks, no space at a line's end (a hard break). Each line starts with a letter, a digit (not
a list number "1." or "1)"), "(", "[", "{", a quote or a "*" before a letter, after at most 3
spaces, or after a bullet "- " indented by 0 or 2 spaces, or after a number "1. " at the line's
start after a blank line. Blank lines and list items then end one paragraph and start the
next, and every other line continues the paragraph before it (laziness). An italic stretch
opens after a space or the paragraph's start and before a letter or digit, and closes after
one before a space, the end or punctuation, with no "[" inside: the cases where CommonMark's
flanking rules cannot differ.
"""

from __future__ import annotations

import re

from plancheck.blocks import Block, ListBlock, Paragraph, Run, merge_runs

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

# anything outside the subset, anywhere in the text: other whitespace and control characters,
# the characters of other inline markup ("&" only as a word, "_" only inside one), strong
# emphasis, a space at a line's end
_OUTSIDE = re.compile(
    r"[^\S \n]|[\x00-\x09\x0b-\x1f\x7f`\\<]|&(?! )|(?<![^\W_])_|_(?![^\W_])|\*\*| \n| $"
)
# what a line's words may start with ("*" only before a letter or digit: italic, not a bullet)
_START = re.compile(r"(?:[^\W_]|[(\[{‘’“”'\"]|\*[^\W_])")
_ORDERED = re.compile(r"[0-9]{1,9}[.)](?: |$)")  # "1. ", "2) ": an ordered item
# the same pattern as markup's footnote rule, without "*" in the label
_FOOTNOTE = re.compile(r"\[\^([^\s\[\]*]+)\]")
_MEASURE_LINK = re.compile(r"\[([^\[\]\n*]+)\]\(measure:([A-Za-z0-9.-]*)\)")
_MARK = re.compile(r"[\[\]*\n]")  # where a run may end
_CLOSE_AFTER_WORD = frozenset(" \n.,;:!?)")
_CLOSE_AFTER_PUNCTUATION = frozenset(" \n")


def runs(text: str) -> tuple[Run, ...] | None:
    """The runs of `text` in reading order as markdown-it gives them, or None outside the
    subset this module reads."""
    if _OUTSIDE.search(text):
        return None
    paragraphs: list[list[str]] = []
    current: list[str] | None = None  # the lines of the paragraph being read
    for line in text.split("\n"):
        words = line.lstrip(" ")
        if not words:
            current = None
            continue
        indent = len(line) - len(words)
        if words.startswith("- ") and indent in (0, 2):
            words = words[2:]
            current = None
        elif (number := _ORDERED.match(words)) and indent == 0 and current is None:
            words = words[number.end() :]  # an item after a blank line: whatever its number
            current = None
        elif indent > 3:
            return None
        if not _START.match(words) or _ORDERED.match(words):
            return None
        if current is None:
            current = []
            paragraphs.append(current)
        current.append(words)
    out: list[Run] = []
    for lines in paragraphs:
        found = _inline("\n".join(lines))
        if found is None:
            return None
        out += merge_runs(found)
    return tuple(out)


def _inline(source: str) -> list[Run] | None:
    """The runs of one paragraph's words (before merging), or None."""
    out: list[Run] = []
    italic = False
    start = pos = 0
    end = len(source)
    while (found := _MARK.search(source, pos)) is not None:
        pos = found.start()
        char = source[pos]
        if pos > start:
            out.append(Run(source[start:pos], italic=italic))
        if char == "\n":
            out.append(Run(" "))
            pos += 1
        elif char == "*":
            before = source[pos - 1] if pos else " "
            after = source[pos + 1] if pos + 1 < end else " "
            if not italic and before in " \n(" and after.isalnum():
                italic = True
            elif italic and (
                (before.isalnum() and after in _CLOSE_AFTER_WORD)
                or (before in ".!?)" and after in _CLOSE_AFTER_PUNCTUATION)
            ):
                italic = False
            else:
                return None
            pos += 1
        elif char == "[" and (footnote := _FOOTNOTE.match(source, pos)):
            out.append(Run("", footnote=footnote.group(1)))
            pos = footnote.end()
        elif char == "[" and not italic and (link := _MEASURE_LINK.match(source, pos)):
            out.append(Run(link.group(1), measure=link.group(2)))
            pos = link.end()
        else:
            return None
        start = pos
    if italic:
        return None
    if end > start:
        out.append(Run(source[start:end], italic=italic))
    return out


def blocks(text: str) -> tuple[Block, ...] | None:
    """The blocks of `text` as markup.parse gives them, or None outside a narrower subset
    than `runs` reads: paragraphs, "- " items at the line's start with "  - " items nested
    one level under them, numbered items where `runs` takes them, an item's further
    paragraphs indented to its words after a blank line, and no other indented line after
    a blank one. The exporters'
    fast path; tests/test_quick_markup.py holds it to markdown-it too."""
    if runs(text) is None:  # the inline subset, and the lines runs reads
        return None
    shapes: list[_Shape] = []
    lines: _Lines | None = None  # the paragraph being read: (its first line, its lines)
    items: list[list[Any]] | None = None  # the open top-level list's items
    nested: list[_Lines] | None = None  # the open nested list's items
    kind: tuple[bool, str] | None = None  # (ordered, delimiter) of the open list
    column = 0  # where the open item's words start
    blank = False
    for number, line in enumerate(text.split("\n")):
        words = line.lstrip(" ")
        indent = len(line) - len(words)
        if not words:
            blank, lines = True, None
            continue
        ordered = _ORDERED.match(words)
        if words.startswith("- ") and indent == 0:
            if items is None or kind != (False, "-"):
                items, kind = [], (False, "-")
                shapes.append(("list", 1, kind, items))
            lines, nested, column = (number, [words[2:]]), None, 2
            items.append([lines])
        elif words.startswith("- ") and indent == 2:
            if blank or items is None or kind != (False, "-"):
                return None
            if nested is None:
                nested = []
                items[-1].append(nested)
            lines = (number, [words[2:]])
            nested.append(lines)
        elif ordered and indent == 0 and lines is None:
            mark = ordered.group().rstrip(" ")
            if items is None or kind != (True, mark[-1]):
                items, kind = [], (True, mark[-1])
                shapes.append(("list", int(mark[:-1]), kind, items))
            lines, nested, column = (number, [words[ordered.end() :]]), None, ordered.end()
            items.append([lines])
        elif lines is not None:
            lines[1].append(words)  # a continuation line (lazy when unindented)
        elif blank and items is not None and nested is None and indent >= column:
            lines = (number, [words])  # the item's next paragraph, under its first
            items[-1].append(lines)
        elif indent != 0:
            return None
        else:
            lines, items, nested, kind = (number, [words]), None, None, None
            shapes.append(("p", 0, None, lines))
        blank = False
    out: list[Block] = []
    for shape, start, made, content in shapes:
        if shape == "p":
            out.append(_paragraph(content))
        else:
            assert made is not None
            out.append(ListBlock(made[0], start, tuple(_item(i) for i in content)))
    return tuple(out)


_Lines = tuple[int, list[str]]
_Shape = tuple[str, int, "tuple[bool, str] | None", "Any"]


def _paragraph(lines: _Lines) -> Paragraph:
    found = _inline("\n".join(lines[1]))
    assert found is not None  # runs() read every paragraph already
    return Paragraph(tuple(merge_runs(found)), lines[0])


def _item(parts: list[Any]) -> tuple[Block, ...]:
    """An item's paragraphs (tuples) and nested list (a list of paragraphs), in order."""
    return tuple(
        _paragraph(part)
        if isinstance(part, tuple)
        else ListBlock(False, 1, tuple((_paragraph(n),) for n in part))
        for part in parts
    )
