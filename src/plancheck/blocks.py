"""The block/run tree of a plan text (paragraphs, lists, runs of one formatting): what
plancheck.markup (markdown-it) and plancheck.quick_markup both make, and every reader of
texts reads. plancheck.markup gives these names too."""

from __future__ import annotations

from plancheck.record import Record, field, record


@record
class Run(Record):
    """A stretch of text with one formatting. `footnote` and `measure` mark references."""

    text: str
    italic: bool = False
    bold: bool = False
    footnote: str | None = None
    measure: str | None = None
    line_break: bool = False

    def __init__(
        self,
        text: str,
        italic: bool = False,
        bold: bool = False,
        footnote: str | None = None,
        measure: str | None = None,
        line_break: bool = False,
    ) -> None:  # by hand: every text of the plan is made of runs
        self.__dict__.update(
            text=text,
            italic=italic,
            bold=bold,
            footnote=footnote,
            measure=measure,
            line_break=line_break,
        )


@record
class Paragraph(Record):
    """A paragraph: its runs."""

    runs: tuple[Run, ...]
    # the line of the text it starts on (0-based), for readers that place words in the source
    line: int | None = field(default=None, compare=False)

    @property
    def plain(self) -> str:
        return "".join("\n" if r.line_break else r.text for r in self.runs if r.footnote is None)


@record
class ListBlock(Record):
    """A bullet or numbered list: its items, each a list of blocks."""

    ordered: bool
    start: int
    items: tuple[tuple[Block, ...], ...]


Block = Paragraph | ListBlock


def merge_runs(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if (
            merged
            and run.footnote is None
            and merged[-1].footnote is None
            and not run.line_break
            and not merged[-1].line_break
            and (merged[-1].italic, merged[-1].bold, merged[-1].measure)
            == (run.italic, run.bold, run.measure)
        ):
            last = merged.pop()
            run = Run(last.text + run.text, run.italic, run.bold, None, run.measure)
        merged.append(run)
    return merged
