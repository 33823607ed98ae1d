"""The plan's Markdown subset, parsed with markdown-it-py into a small block/run tree.

Supported (docs/plan-format.md): paragraphs, bullet lists ("- "), ordered lists ("1."),
nesting, *italic*, **bold**, footnote references `[^id]` and measure references
`[maatregel 8](measure:8)`. Raw HTML is off. Footnote references are recognised by a small
inline rule registered on the parser (the footnote plugin of mdit-py-plugins only recognises
references whose definition is in the same text, while ours live in the plan's footnote list).
"""

from __future__ import annotations

import re
from functools import cache

from plancheck.blocks import Block, ListBlock, Paragraph, Run, merge_runs

__all__ = [
    "MAX_FOOTNOTE_REFERENCES",
    "MEASURE_SCHEME",
    "Block",
    "ListBlock",
    "Paragraph",
    "Run",
    "merge_runs",
    "parse",
    "parse_markdown",
    "plain_text",
    "walk_runs",
]

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:  # markdown-it is imported when a text needs it (plancheck.quick_markup)
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

MEASURE_SCHEME = "measure:"
# Footnote references a plan may make (rule footnote-limit; the Word export stops past it,
# --force or not): each is some 2 kB of the Word report's XML in memory, however short the
# `[^id]` that makes it (docs/limits.md). The published plan makes 5.
MAX_FOOTNOTE_REFERENCES = 10_000


# A label runs to the first "]" and holds no space and no "[": scanning stops at the next
# opener, so the rule reads each character of a text a bounded number of times however many
# "[^" it holds (searching on to the closing bracket from every opener made "[^" * 20,000
# take 39 s).
_FOOTNOTE_REF = re.compile(r"\[\^([^\s\[\]]+)\]")


def _footnote_ref(state: StateInline, silent: bool) -> bool:
    """Inline rule: `[^label]` is a footnote reference, whatever the label."""
    found = _FOOTNOTE_REF.match(state.src, state.pos)
    if found is None:
        return False
    if not silent:
        token = state.push("footnote_ref", "", 0)
        token.meta = {"label": found.group(1)}
    state.pos = found.end()
    return True


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(
        [
            "image",
            "html_inline",
            "html_block",
            "heading",
            "lheading",
            "code",
            "fence",
            "blockquote",
            "hr",
            "reference",
            "table",
        ],
        ignoreInvalid=True,
    )
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # our own scheme measure: is checked by the rules
    md.inline.ruler.before("link", "footnote_ref", _footnote_ref)
    return md


@cache
def parse(text: str) -> tuple[Block, ...]:
    """Parse a text field into blocks. Cached: the same text parses once per run. Most
    texts are read by plancheck.quick_markup (held equal to markdown-it by
    tests/test_quick_markup.py), so that an export of such a plan never imports
    markdown-it; every other text by markdown-it (`parse_markdown`), the reference."""
    from plancheck.quick_markup import blocks

    quick = blocks(text)
    return quick if quick is not None else parse_markdown(text)


def parse_markdown(text: str) -> tuple[Block, ...]:
    """A text field's blocks as markdown-it reads it: the reference for the quick reader."""
    tokens = _parser().parse(text)
    blocks, _ = _blocks(tokens, 0, None)
    return tuple(blocks)


def _blocks(tokens: list[Token], i: int, close: str | None) -> tuple[list[Block], int]:
    out: list[Block] = []
    while i < len(tokens):
        token = tokens[i]
        if close is not None and token.type == close:
            return out, i + 1
        if token.type == "paragraph_open":
            line = token.map[0] if token.map else None
            out.append(Paragraph(tuple(_runs(tokens[i + 1].children or [])), line))
            i += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            ordered = token.type == "ordered_list_open"
            start = int(token.attrGet("start") or 1) if ordered else 1
            closing = "ordered_list_close" if ordered else "bullet_list_close"
            items: list[tuple[Block, ...]] = []
            i += 1
            while tokens[i].type != closing:
                item, i = _blocks(tokens, i + 1, "list_item_close")
                items.append(tuple(item))
            out.append(ListBlock(ordered, start, tuple(items)))
            i += 1
        else:
            i += 1
    return out, i


def _runs(children: list[Token]) -> list[Run]:
    runs: list[Run] = []
    italic = bold = 0
    link: str | None = None
    for child in children:
        kind = child.type
        if kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "link_open":
            href = str(child.attrGet("href") or "")
            link = href.removeprefix(MEASURE_SCHEME) if href.startswith(MEASURE_SCHEME) else None
        elif kind == "link_close":
            link = None
        elif kind == "footnote_ref":
            runs.append(Run("", footnote=str(child.meta["label"])))
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run(" " if kind == "softbreak" else "", line_break=kind == "hardbreak"))
        elif kind in ("text", "code_inline"):
            runs.append(Run(child.content, italic=italic > 0, bold=bold > 0, measure=link))
    return merge_runs(runs)


def walk_runs(blocks: tuple[Block, ...]) -> list[Run]:
    """Every run of the blocks, in reading order."""
    out: list[Run] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend(block.runs)
        else:
            for item in block.items:
                out.extend(walk_runs(item))
    return out


def plain_text(text: str) -> str:
    """The text without markup: paragraphs and list items on lines of their own, nested
    items indented under their parent."""
    return "\n".join(_plain_lines(parse(text), ""))


def _plain_lines(blocks: tuple[Block, ...], indent: str) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines += [indent + part for part in block.plain.split("\n")]
            continue
        for number, item in enumerate(block.items, start=block.start):
            bullet = f"{number}. " if block.ordered else "- "
            inner = _plain_lines(item, indent + " " * len(bullet)) or [indent]
            lines.append(indent + bullet + inner[0][len(indent) + len(bullet) :])
            lines += inner[1:]
    return lines
