"""A changed text as the paragraphs of a Word report with tracked changes.

The word-level difference comes from plancheck.diff (`TextChanged.words`: words kept,
deleted and inserted, `¶` between paragraphs); nothing here compares texts. What this module
adds is where those words stand in the report: each text is laid out by the writer as
`Leaf` paragraphs (a paragraph, a bullet, a numbered item) of formatted runs (italic, bold,
a footnote reference, a measure link), and the words of the difference are found back in
those runs, so that a deleted word keeps the formatting it had in the old text and an
inserted word the one it has in the new.

A word of the difference is a whitespace-separated token of the plan's Markdown (`*Per`,
`direct*`, `[^amhk]`), and the runs hold the text without the marks; `_align` walks the
visible characters of the runs along the Markdown source, which holds them in the same order
with the marks in between, and so gives every character the token it belongs to (or the
white space before a token).

`merge` lays the difference out as `Merged` paragraphs: pieces (a run of one formatting and
one kind: kept, inserted, deleted) and the kind of the paragraph mark. White space is placed
so that accepting every change gives the new text and rejecting every change the old one. A
paragraph the new text added has an inserted mark; one it dropped, a deleted mark.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from plancheck.markup import Run

if TYPE_CHECKING:  # plancheck.diff only for --compare: not imported by every Word export
    from plancheck.diff import WordOp

Op = Literal["equal", "insert", "delete"]
_SPACE = re.compile(r"\s")
_MARKER = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])(?=\s|$)")  # a list item's marker


@dataclass(frozen=True)
class Leaf:
    """One paragraph of a text as the writer lays it out."""

    style: str
    runs: tuple[Run, ...]
    number: str | None = None  # '3.\t' before the first paragraph of a numbered item
    indent: int | None = None  # numbered items: the list level (left indent 0.63 cm x (level+1))
    sized: bool = False  # a list paragraph in a table cell: its runs get the table's size
    item: bool = False  # the first paragraph of a list item: its source starts with '- ', '1. '
    line: int | None = None  # the line of the source it starts on, where known


@dataclass(frozen=True)
class Merged:
    """One paragraph of the merged text: its layout, its pieces, and its mark's kind."""

    leaf: Leaf
    pieces: tuple[tuple[Run, Op], ...]
    mark: Op


@dataclass
class _Side:
    """One text, aligned: per token its runs, the white space before it and its paragraph."""

    pieces: list[list[Run]]
    gaps: list[list[Run]]
    leaf: list[int | None]
    first: dict[int, int] = field(default_factory=dict)  # leaf -> its first visible token

    @property
    def tokens(self) -> int:
        return len(self.pieces)

    def starts(self) -> set[int]:
        """The tokens that begin a paragraph after the first."""
        firsts = sorted(self.first.values())
        return set(firsts[1:])


class _Aligner:
    """Finds the visible text of the leaves in the Markdown source (see the module).

    A shown word (letters between spaces, whatever their formatting) lies inside one word of
    the source, which has its letters in order with the marks between them: '*direct:*' for
    'direct:', '8](measure:8).' for '8.'. Words are looked for in order, each from the word
    of the source after the previous one's (after a space, or a new paragraph), so that the
    letters of a link's destination or of a list's marker ('2.' before '2018') are skipped.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        self.ends = [end for _, end in self.spans]
        count = len(self.spans)
        self.side = _Side([[] for _ in range(count)], [[] for _ in range(count)], [None] * count)
        self.pos = 0  # where the search goes on in the source
        self.after = 0  # the first source word the next shown word may be in

    def token_at(self, pos: int) -> int:
        """The first source word that ends after `pos`."""
        return bisect.bisect_right(self.ends, pos)

    def subsequence(self, token: int, word: str) -> list[int] | None:
        """Where the letters of `word` stand, in order, inside source word `token`."""
        start, end = self.spans[token]
        at = max(start, self.pos)
        found: list[int] = []
        for char in word:
            at = self.text.find(char, at, end)
            if at < 0:
                return None
            found.append(at)
            at += 1
        return found

    def leaf(self, runs: Sequence[Run], leaf: int) -> bool:
        """Place the runs of one paragraph; False when a word cannot be found."""
        side = self.side
        chars: list[tuple[str, int]] = []  # (character, run); '' for a footnote or line break
        for index, run in enumerate(runs):
            if run.footnote is not None or run.line_break:
                chars.append(("", index))
            else:
                chars += [(char, index) for char in run.text]
        pieces: list[tuple[bool, int, int, str]] = []  # (inside a word, source word, run, text)
        pending: list[tuple[int, str]] = []  # white space and line breaks before the next word
        i = 0
        while i < len(chars):
            char, index = chars[i]
            run = runs[index]
            if run.line_break or char.isspace():
                pending.append((index, char))
                i += 1
                continue
            if run.footnote is not None:
                at = self.text.find(f"[^{run.footnote}]", self.pos)
                if at < 0:
                    return False
                token = self.token_at(at)
                self.pos = at + len(run.footnote) + 3
                pieces += [(False, token, k, c) for k, c in pending]
                pieces.append((True, token, index, ""))
                pending = []
                self.after = token
                i += 1
                continue
            j = i
            while j < len(chars) and chars[j][0] and not chars[j][0].isspace():
                j += 1
            word = "".join(c for c, _ in chars[i:j])
            if pending or i == 0:
                self.after = max(self.after, self.token_at(self.pos))
            token = self.after
            while token < len(self.spans):
                found = self.subsequence(token, word)
                if found is not None:
                    break
                token += 1
            else:
                return False
            self.pos = found[-1] + 1
            self.after = token + 1  # after a space, the next word is in a later source word
            pieces += [(False, token, k, c) for k, c in pending]
            pieces += [(True, token, index, c) for c, index in chars[i:j]]
            pending = []
            i = j
        self.after = max(self.after, self.token_at(self.pos))
        for inside, token, index, text in pieces:
            target = (side.pieces if inside else side.gaps)[token]
            run = runs[index]
            last = target[-1] if target else None
            if text and last is not None and last.text and _same_format(last, run):
                target[-1] = replace(last, text=last.text + text)
            else:
                target.append(run if not text else replace(run, text=text))
            if inside and side.leaf[token] is None:
                side.leaf[token] = leaf
                side.first.setdefault(leaf, token)
        return True


def _same_format(a: Run, b: Run) -> bool:
    plain = not (a.footnote or b.footnote or a.line_break or b.line_break)
    return plain and (a.italic, a.bold, a.measure) == (b.italic, b.bold, b.measure)


def _align(text: str, leaves: Sequence[Leaf]) -> _Side | None:
    """Each visible piece of the leaves with the source word it belongs to, or None when a
    word cannot be found (the caller then replaces the whole text)."""
    aligner = _Aligner(text)
    lines = [0] + [m.end() for m in re.finditer(r"\n", text)]
    for index, leaf in enumerate(leaves):
        if leaf.line is not None and leaf.line < len(lines):
            aligner.pos = max(aligner.pos, lines[leaf.line])
        if leaf.item:  # the marker's characters ('2.' before '2018') are not shown
            found = _MARKER.match(text, aligner.pos)
            if found:
                aligner.pos = found.end()
        aligner.after = max(aligner.after, aligner.token_at(aligner.pos))
        if not aligner.leaf(leaf.runs, index):
            return None
    return aligner.side


@dataclass(frozen=True)
class _Token:
    op: Op
    new: int | None
    old: int | None


@dataclass(frozen=True)
class _Break:
    op: Op


Item = _Token | _Break
_SEEN_BY = {"accept": ("equal", "insert"), "reject": ("equal", "delete")}


def _stream(ops: Sequence[WordOp], old: _Side, new: _Side) -> list[Item] | None:
    """The words of the difference in order, with its paragraph breaks; None when the
    difference does not hold the two texts' words."""
    from plancheck.diff import PARAGRAPH

    items: list[Item] = []
    n = o = 0
    for op in ops:
        for word in op.text.split(" "):
            if word == PARAGRAPH:
                if items and not isinstance(items[-1], _Break):
                    items.append(_Break(op.op))
            elif op.op == "equal":
                items.append(_Token("equal", n, o))
                n, o = n + 1, o + 1
            elif op.op == "insert":
                items.append(_Token("insert", n, None))
                n += 1
            else:
                items.append(_Token("delete", None, o))
                o += 1
    if n != new.tokens or o != old.tokens:
        return None
    return _own_marks(_paragraphs(items, old, new))


def _paragraphs(items: Sequence[Item], old: _Side, new: _Side) -> list[Item]:
    """Add the breaks a text needs that the difference has not (a new bullet starts a new
    paragraph without a blank line): each text must break before each of its paragraphs.
    A break that only the other text sees is made a break of both, else one is added."""
    old_starts, new_starts = old.starts(), new.starts()
    out: list[Item] = []
    last = {"accept": -1, "reject": -1}  # the position in `out` of each view's last shown word

    def has_break(view: str) -> bool:
        return any(
            isinstance(item, _Break) and item.op in _SEEN_BY[view] for item in out[last[view] + 1 :]
        )

    def share(view: str, other_only: Op) -> bool:
        for i in range(len(out) - 1, last[view], -1):
            item = out[i]
            if isinstance(item, _Break) and item.op == other_only:
                out[i] = _Break("equal")
                return True
        return False

    for item in items:
        if isinstance(item, _Token):
            need_accept = item.new in new_starts and last["accept"] >= 0 and not has_break("accept")
            need_reject = item.old in old_starts and last["reject"] >= 0 and not has_break("reject")
            if need_accept and share("accept", "delete"):
                need_accept = False
            if need_reject and share("reject", "insert"):
                need_reject = False
            if need_accept or need_reject:
                both = need_accept and need_reject
                out.append(_Break("equal" if both else "insert" if need_accept else "delete"))
            out.append(item)
            # a list marker ('-', '1.') is a word of the source but shows nothing
            if item.new is not None and new.leaf[item.new] is not None:
                last["accept"] = len(out) - 1
            if item.old is not None and old.leaf[item.old] is not None:
                last["reject"] = len(out) - 1
        elif out and not isinstance(out[-1], _Break):
            out.append(item)
    while out and isinstance(out[-1], _Break):
        out.pop()
    return out


def _own_marks(items: list[Item]) -> list[Item]:
    """A paragraph inserted or deleted as a whole carries the change on its own mark: the
    difference may put the break before it ('A [-¶ B-] ¶ C'), which is the same change
    with the mark of the paragraph before it."""
    out = list(items)
    for i, item in enumerate(out):
        if not isinstance(item, _Break) or item.op == "equal":
            continue
        j = i + 1
        while j < len(out) and _token_op(out[j]) == item.op:
            j += 1
        if j > i + 1 and j < len(out) and isinstance(out[j], _Break) and out[j].op == "equal":
            out[i], out[j] = _Break("equal"), _Break(item.op)
    return out


def _token_op(item: Item) -> Op | None:
    return item.op if isinstance(item, _Token) else None


def merge(
    old_text: str,
    old_leaves: Sequence[Leaf],
    new_text: str,
    new_leaves: Sequence[Leaf],
    ops: Sequence[WordOp],
) -> list[Merged]:
    """The paragraphs of the text with its changes (see the module's docstring)."""
    old = _align(old_text, old_leaves)
    new = _align(new_text, new_leaves)
    items = _stream(ops, old, new) if old is not None and new is not None else None
    if items is None or old is None or new is None:
        return replace_all(old_leaves, new_leaves)
    paragraphs: list[Merged] = []
    pieces: list[tuple[Run, Op]] = []
    layout: Leaf | None = None
    layout_is_new = False
    last_accept = last_reject = False  # a word of that view earlier in its paragraph
    for item in items:
        if isinstance(item, _Break):
            paragraphs.append(
                Merged(layout or _first(new_leaves, old_leaves), tuple(pieces), item.op)
            )
            pieces, layout, layout_is_new = [], None, False
            if item.op in _SEEN_BY["accept"]:
                last_accept = False
            if item.op in _SEEN_BY["reject"]:
                last_reject = False
            continue
        accept = new.gaps[item.new] if item.new is not None and last_accept else None
        reject = old.gaps[item.old] if item.old is not None and last_reject else None
        if accept is not None and reject is not None and accept == reject:
            pieces += [(run, "equal") for run in accept]
        else:
            pieces += [(run, "delete") for run in reject or ()]
            pieces += [(run, "insert") for run in accept or ()]
        new_leaf = _leaf_of(new, item.new, new_leaves)
        old_leaf = _leaf_of(old, item.old, old_leaves)
        if new_leaf is not None and (layout is None or not layout_is_new):
            layout, layout_is_new = new_leaf, True
        elif old_leaf is not None and layout is None:
            layout = old_leaf
        pieces += _numbers(new, item.new, new_leaf, old, item.old, old_leaf)
        shown_new = new.pieces[item.new] if item.new is not None else []
        shown_old = old.pieces[item.old] if item.old is not None else []
        if item.op == "equal" and shown_new != shown_old:
            # the same word of the source, shown otherwise ('2.' as text, then as a number)
            pieces += [(run, "delete") for run in shown_old]
            pieces += [(run, "insert") for run in shown_new]
        else:
            pieces += [(run, item.op) for run in (shown_new if item.new is not None else shown_old)]
        last_accept = last_accept or item.new is not None
        last_reject = last_reject or item.old is not None
    paragraphs.append(Merged(layout or _first(new_leaves, old_leaves), tuple(pieces), "equal"))
    return _without_empty(paragraphs)


def _without_empty(paragraphs: Sequence[Merged]) -> list[Merged]:
    """Paragraphs that show nothing (a list marker's) fold into the one before: it ends
    where either ended ('equal' unless both marks are of one kind)."""
    out: list[Merged] = []
    for paragraph in paragraphs:
        if paragraph.pieces:
            out.append(paragraph)
        elif out:
            mark = out[-1].mark if out[-1].mark == paragraph.mark else "equal"
            out[-1] = replace(out[-1], mark=mark)
    return out


def _leaf_of(side: _Side, token: int | None, leaves: Sequence[Leaf]) -> Leaf | None:
    if token is None:
        return None
    index = side.leaf[token]
    return leaves[index] if index is not None else None


def _numbers(
    new: _Side,
    new_token: int | None,
    new_leaf: Leaf | None,
    old: _Side,
    old_token: int | None,
    old_leaf: Leaf | None,
) -> list[tuple[Run, Op]]:
    """The number of a numbered item, before its first word: kept when both texts have it,
    else the old one deleted and the new one inserted."""

    def number(side: _Side, token: int | None, leaf: Leaf | None) -> str | None:
        if token is None or leaf is None or side.leaf[token] is None:
            return None
        return leaf.number if side.first.get(side.leaf[token] or 0) == token else None

    before, after = number(old, old_token, old_leaf), number(new, new_token, new_leaf)
    if before is not None and before == after:
        return [(Run(after), "equal")]
    out: list[tuple[Run, Op]] = []
    if before is not None:
        out.append((Run(before), "delete"))
    if after is not None:
        out.append((Run(after), "insert"))
    return out


def _first(*groups: Sequence[Leaf]) -> Leaf:
    for group in groups:
        if group:
            return group[0]
    return Leaf("Normal", ())


def replace_all(old_leaves: Sequence[Leaf], new_leaves: Sequence[Leaf]) -> list[Merged]:
    """The old text deleted and the new one inserted, paragraph by paragraph."""

    def pieces(leaf: Leaf, op: Op) -> tuple[tuple[Run, Op], ...]:
        number = ((Run(leaf.number), op),) if leaf.number else ()
        return (*number, *((run, op) for run in leaf.runs))

    out = [Merged(leaf, pieces(leaf, "delete"), "delete") for leaf in old_leaves]
    out += [Merged(leaf, pieces(leaf, "insert"), "insert") for leaf in new_leaves]
    if out:
        out[-1] = replace(out[-1], mark="equal")
    return out
