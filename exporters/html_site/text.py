"""The plan's text (the Markdown subset, as parsed by plancheck.markup) as HTML.

The blocks and runs come from plancheck.markup; nothing here parses Markdown again. A
footnote reference becomes a numbered link to the note, and the note a link back
(Footnotes); a measure reference links to the measure's anchor. Every id a page gives out
goes through one registry (Ids), so no two elements share one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plancheck.exporters.webpage import e
from plancheck.markup import Block, ListBlock, Paragraph, Run, parse
from plancheck.model import fill

BACK = "\u21a9\ufe0e"  # '↩' as text, not as an emoji


class Ids:
    """The ids of one page: names claimed first (measures, milestones, owners) keep theirs;
    any other id that would clash gets '-2', '-3', ..."""

    def __init__(self, claimed: Sequence[str] = ()) -> None:
        self.taken: set[str] = set(claimed)

    def new(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{wanted}-{n}"
        self.taken.add(candidate)
        return candidate


class Footnotes:
    """Footnotes numbered in reading order, listed at the end of the part they are cited in.

    A note cited again later keeps its number and links back to each place it was cited."""

    def __init__(
        self,
        texts: dict[str, str],
        ids: Ids,
        words: tuple[str, str, str] = (
            "Voetnoot {number}",
            "Terug naar de tekst bij voetnoot {number}",
            "Voetnoten",
        ),
    ) -> None:
        self.texts = texts
        self.ids = ids
        # the label of a reference, of a link back ({number} filled in) and the list's heading
        self.words = words
        self.numbers: dict[str, int] = {}
        self.refs: dict[str, list[str]] = {}
        self.pending: list[str] = []
        self.note_ids: dict[str, str] = {}

    def cite(self, note: str) -> str:
        number = self.numbers.get(note)
        if number is None:
            number = self.numbers[note] = len(self.numbers) + 1
            self.note_ids[note] = self.ids.new(f"voetnoot-{number}")
            self.pending.append(note)
        ref_id = self.ids.new(f"voetnoot-{number}-tekst")
        self.refs.setdefault(note, []).append(ref_id)
        return (
            f'<sup class="footnote-ref"><a id="{e(ref_id)}" href="#{e(self.note_ids[note])}" '
            f'aria-label="{e(fill(self.words[0], {"number": str(number)}))}">{number}</a></sup>'
        )

    def flush(self, inline: Callable[[str], str]) -> str:
        """The notes cited since the last flush, as a list (empty text when there are none)."""
        if not self.pending:
            return ""
        items = []
        for note in self.pending:
            number = self.numbers[note]
            backs = " ".join(
                f'<a href="#{e(ref)}" aria-label="{e(fill(self.words[1], {"number": str(number)}))}">'
                f"{BACK}</a>"
                for ref in self.refs[note]
            )
            text = inline(self.texts.get(note, note))
            items.append(f'<li id="{e(self.note_ids[note])}" value="{number}">{text} {backs}</li>')
        self.pending = []
        heading = e(self.words[2])
        return f'<div class="footnotes"><p class="vh">{heading}</p><ol>{"".join(items)}</ol></div>'


class TextWriter:
    """Markdown blocks and runs to HTML, with footnotes and measure links."""

    def __init__(self, notes: Footnotes, measure_href: Callable[[str], str | None]) -> None:
        self.notes = notes
        self.measure_href = measure_href

    def runs(self, runs: Sequence[Run], *, notes: bool = True) -> str:
        out: list[str] = []
        for run in runs:
            if run.footnote is not None:
                if notes:
                    out.append(self.notes.cite(run.footnote))
                continue
            if run.line_break:
                out.append("<br>")
                continue
            html = e(run.text)
            if run.bold:
                html = f"<strong>{html}</strong>"
            if run.italic:
                html = f"<em>{html}</em>"
            href = self.measure_href(run.measure) if run.measure is not None else None
            if href is not None:
                html = f'<a href="{e(href)}">{html}</a>'
            out.append(html)
        return "".join(out)

    def inline(self, text: str, *, notes: bool = True) -> str:
        """A one-line text (a heading, a title): its runs, without a paragraph."""
        parts: list[str] = []
        for block in parse(text):
            if isinstance(block, Paragraph):
                parts.append(self.runs(block.runs, notes=notes))
            else:  # a one-line field that parses as a list keeps its text as written
                parts.append(e(text))
        return " ".join(parts)

    def plain_inline(self, text: str) -> str:
        """A one-line text without its footnote references (for a table of contents)."""
        return self.inline(text, notes=False)

    def blocks(self, blocks: Sequence[Block]) -> str:
        out: list[str] = []
        for block in blocks:
            if isinstance(block, Paragraph):
                out.append(f"<p>{self.runs(block.runs)}</p>")
            else:
                out.append(self.list_block(block))
        return "".join(out)

    def list_block(self, block: ListBlock) -> str:
        items = []
        for item in block.items:
            if len(item) == 1 and isinstance(item[0], Paragraph):  # a tight item: no <p>
                items.append(f"<li>{self.runs(item[0].runs)}</li>")
            else:
                items.append(f"<li>{self.blocks(item)}</li>")
        if block.ordered:
            start = f' start="{block.start}"' if block.start != 1 else ""
            return f"<ol{start}>{''.join(items)}</ol>"
        return f"<ul>{''.join(items)}</ul>"

    def text(self, text: str) -> str:
        return self.blocks(parse(text))
