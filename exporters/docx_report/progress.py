"""The progress report (voortgangsrapportage): the plan as it is carried out, on a date.

`plancheck export progress --as-of DATE [--since DATE]`. The same house style as the main
report (styles.py, a --template, the running header) and the same writer's helpers
(ReportWriter): a title page, a summary (how many milestones done, on track, delayed, at
risk, dropped, overdue, not yet due), per improvement point and measure the owner, a
status table of its milestones, the latest note and the next milestone, and the planning
grid with each X marked done, late or pending. A status is always shown by symbol and word
(✓ gereed, ⚠ vertraagd, ◷ te laat, ...), and by colour only besides.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.table import Table, _Cell

from plancheck.exporters.docx_report import ooxml, styles
from plancheck.exporters.docx_report.writer import PUBLISHED_WIDTH_CM, ReportWriter, TocEntry
from plancheck.markup import ListBlock, parse
from plancheck.model import (
    STATUS_SYMBOLS,
    ImprovementPoint,
    Measure,
    Milestone,
    Plan,
    ProgressEntry,
    fill,
)

if TYPE_CHECKING:
    from plancheck.model import MilestoneStatus  # a type only (plancheck.model)

# The report's own words: model.WORDS's `progress_*` keys under the plan's labels (the status
# words come from the plan too, Plan.status_word).
PREFIX = "progress_"

# Shading beside the symbol and word, never instead of them.
STATUS_FILLS: dict[str, str] = {
    "done": "C6EFCE",
    "on_track": "DDEBF7",
    "delayed": "FFEB9C",
    "at_risk": "FCE4D6",
    "dropped": "E7E6E6",
    "overdue": "FFC7CE",
    "pending": "FFFFFF",
}
ORDER: tuple[MilestoneStatus, ...] = (
    "done",
    "on_track",
    "delayed",
    "at_risk",
    "dropped",
    "overdue",
    "pending",
)
COLUMNS_CM = (5.2, 2.2, 2.6, 2.6, 3.4)


def words_for(plan: Plan) -> dict[str, str]:
    """The report's words by their short name ('title'), in the plan's language and labels."""
    return {k[len(PREFIX) :]: v for k, v in plan.labels.items() if k.startswith(PREFIX)}


def day(date: dt.date) -> str:
    return date.strftime("%d-%m-%Y")


class ProgressWriter(ReportWriter):
    """Writes the progress report of one plan on one day into a python-docx Document."""

    def __init__(
        self,
        plan: Plan,
        doc: Document,
        as_of: dt.date,
        since: dt.date | None = None,
    ) -> None:
        super().__init__(plan, doc, None)
        self.as_of = as_of
        self.since = since
        self.words = words_for(plan)
        self.status = {m.id: plan.status_of(m, as_of) for m in plan.milestones}

    def label(self, status: str) -> str:
        """A status as the report shows it: symbol and word."""
        return f"{STATUS_SYMBOLS[status]} {self.plan.status_word(status)}"

    def write(self) -> list[TocEntry]:
        self._page_setup()
        self._progress_title_page()
        chapter = 1
        self._summary(chapter)
        for point in self.plan.improvement_points:
            chapter += 1
            self._point(point, chapter)
        chapter += 1
        self._heading(1, str(chapter), self.plan.planning.title, page_break=True)
        self._grids()
        return self.state.toc

    # -- title page and summary ----------------------------------------------------------------
    def _progress_title_page(self) -> None:
        doc = self.plan.document
        self._inline(self._paragraph(styles.TITLE), self.words["title"])
        lines = [doc.title, self.plan.municipalities_line(), doc.code]
        lines.append(f"{self.words['as_of']} {day(self.as_of)}")
        if self.since is not None:
            lines.append(f"{self.words['since']} {day(self.since)}")
        for line in lines:
            self._inline(self._paragraph(styles.SUBTITLE), line)
        self._page_break()

    def _summary(self, chapter: int) -> None:
        words = self.words
        self._heading(1, str(chapter), words["summary"])
        counts = Counter(self.status.values())
        paragraph = self._paragraph()
        paragraph.add_run(
            fill(words["summary_line"], {"date": day(self.as_of), "total": str(len(self.status))})
        )
        table = self._status_table(
            [words["status"], words["count"]],
            [[self.label(s), str(counts.get(s, 0))] for s in ORDER],
            [5.0, 2.5],
            fills=[STATUS_FILLS[s] for s in ORDER],
            caption=f"{words['summary']} {day(self.as_of)}",
        )
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        overdue = [m for m in self.plan.milestones if self.status[m.id] == "overdue"]
        if overdue:
            self._heading(3, None, words["overdue_list"], toc=False)
            for milestone in overdue:
                item = self._paragraph(styles.BODY_BULLET[0])
                item.add_run(f"{STATUS_SYMBOLS['overdue']} {milestone.id}: ")
                self._inline(item, milestone.wording)
        if self.since is not None:
            self._heading(3, None, f"{words['since']} {day(self.since)}", toc=False)
            news = [e for e in self.plan.progress if self.since < e.date <= self.as_of]
            if not news:
                self._paragraph().add_run(words["no_news"])
            for entry in sorted(news, key=lambda e: e.date):
                item = self._paragraph(styles.BODY_BULLET[0])
                item.add_run(f"{day(entry.date)} {entry.subject}: {self.label(entry.status)}")
                if entry.text:
                    item.add_run(" \u2014 ")
                    self._inline(item, entry.text)

    # -- per improvement point and measure -------------------------------------------------------
    def _point(self, point: ImprovementPoint, chapter: int) -> None:
        self._heading(1, str(chapter), point.title, page_break=True)
        for k, measure in enumerate(point.measures, start=1):
            self._measure(measure, f"{chapter}.{k}")

    def _measure(self, measure: Measure, number: str) -> None:
        plan, words = self.plan, self.words
        self._heading(2, number, f"{plan.labels['measure']} {measure.id}: {measure.title}")
        owners = [plan.owner(ref.owner) for ref in measure.owners]
        names = ", ".join(o.name for o in owners if o is not None) or words["none"]
        self._line(plan.label(measure, "owners"), names)
        whole = plan.measure_progress(measure, self.as_of)
        if whole:
            latest = whole[-1]
            self._line(words["measure_status"], f"{self.label(latest.status)} ({day(latest.date)})")
        rows = [self._milestone_row(m) for m in measure.realisation]
        self._status_table(
            [
                words["milestone"],
                words["planned"],
                words["status"],
                words["done_or_expected"],
                words["evidence"],
            ],
            [row for row, _ in rows],
            list(COLUMNS_CM),
            fills=[None] * len(rows),
            status_fills=[fill for _, fill in rows],
            caption=f"{plan.labels['measure']} {measure.id}: {words['status']}",
        )
        note = self._latest_note(measure)
        self._line(
            words["latest_note"],
            f"{day(note.date)}: {note.text}" if note is not None and note.text else words["none"],
        )
        upcoming = self._next(measure)
        self._line(
            words["next_milestone"],
            f"{upcoming.wording} ({upcoming.id})" if upcoming is not None else words["none"],
        )

    def _line(self, label: str, text: str) -> None:
        paragraph = self._paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        self._inline(paragraph, text)

    def _planned(self, milestone: Milestone) -> str:
        due = milestone.due
        if due.kind == "ongoing":
            return self.words["ongoing"]
        if due.kind == "immediate":
            return self.words["immediate"]
        if due.kind == "month" and due.month is not None:
            return f"{due.month[1]:02d}-{due.month[0]:04d}"
        return day(due.day) if due.day is not None else due.raw

    def _milestone_row(self, milestone: Milestone) -> tuple[list[str], str]:
        status = self.status[milestone.id]
        entry = self.plan.latest_entry(milestone, self.as_of)
        when = ""
        if entry is not None and status in ("done", "dropped"):
            when = day(entry.date)
        elif entry is not None and entry.status == "delayed" and entry.expected is not None:
            when = f"{self.words['expected']} {day(entry.expected)}"
            if entry.expected < self.as_of:
                when += f" ({self.words['passed']})"
        evidence = [
            f"{e.title} ({e.reference})"
            for found in self.plan.progress_of(milestone, self.as_of)
            for e in found.evidence
        ]
        return (
            [
                f"**{milestone.wording}**"
                + (f"\n{self._first_line(milestone.text)}" if milestone.text else ""),
                self._planned(milestone),
                self.label(status),
                when,
                "\n".join(evidence),
            ],
            STATUS_FILLS[status],
        )

    def _first_line(self, text: str) -> str:
        """The first paragraph of a milestone's text, as one line of its Markdown (a text
        that starts with a list: its first item)."""
        blocks = parse(text)
        if not blocks:
            return ""
        head = blocks[0]
        while isinstance(head, ListBlock):
            head = head.items[0][0]
        return "".join(r.text for r in head.runs if r.footnote is None and not r.line_break)

    def _latest_note(self, measure: Measure) -> ProgressEntry | None:
        ids = {m.id for m in measure.realisation}
        notes = [
            e
            for e in self.plan.progress
            if e.text and e.date <= self.as_of and (e.milestone in ids or e.measure == measure.id)
        ]
        return max(notes, key=lambda e: e.date) if notes else None

    def _next(self, measure: Measure) -> Milestone | None:
        """The first milestone still to be done: the earliest by its expected or due date."""
        open_ones: list[tuple[dt.date, Milestone]] = []
        for milestone in measure.realisation:
            if self.status[milestone.id] in ("done", "dropped"):
                continue
            entry = self.plan.latest_entry(milestone, self.as_of)
            date = (
                entry.expected
                if entry is not None and entry.status == "delayed" and entry.expected
                else self.plan.due_date(milestone)
            )
            if date is not None:
                open_ones.append((date, milestone))
        return min(open_ones, key=lambda pair: pair[0])[1] if open_ones else None

    # -- tables -------------------------------------------------------------------------------------
    def _status_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: list[float],
        *,
        fills: Sequence[str | None],
        status_fills: Sequence[str] | None = None,
        caption: str,
    ) -> Table:
        """A table with a repeated header row; the status column (the first in the summary,
        the third in a measure's table) shaded beside its symbol and word."""
        table = self._table(1 + len(rows), len(header))
        self._set_style(table, styles.TABLE_GRID)
        ooxml.set_cell_width(table, self._widths(*widths))  # as wide as the text
        ooxml.table_description(table, caption)
        table_rows = list(table.rows)
        ooxml.row_properties(table_rows[0], header=True)
        for cell, text in zip(table_rows[0].cells, header, strict=True):
            ooxml.shade(cell, "D9E2F3")
            self._cell_text(cell, text, bold=True)
        for i, (row, values) in enumerate(zip(table_rows[1:], rows, strict=True)):
            ooxml.row_properties(row)
            cells = row.cells
            for cell, text in zip(cells, values, strict=True):
                self._cell_text(cell, text)
            fill = fills[i]
            if fill is not None:
                ooxml.shade(cells[0], fill)
            if status_fills is not None:
                ooxml.shade(cells[2], status_fills[i])
        return table

    def _cell_text(self, cell: _Cell, text: str, *, bold: bool = False) -> None:
        for i, line in enumerate(text.split("\n")):
            paragraph = self._cell_paragraph(cell, i == 0)
            if line:
                self._inline(paragraph, line, bold=bold)

    # -- the planning grid ----------------------------------------------------------------------
    def _grids(self) -> None:
        planning = self.plan.planning
        for year in planning.years:
            self._grid_table(year, [m for m in planning.months if m[0] == year])
            self._paragraph()
        legend = self._paragraph()
        legend.add_run(f"{self.words['legend']}: ").bold = True
        legend.add_run(
            fill(
                self.words["grid_legend"],
                {"done": STATUS_SYMBOLS["done"], "late": STATUS_SYMBOLS["overdue"]},
            )
        )

    def _grid_mark(
        self, measure: Measure, kind: str, month: tuple[int, int], marked: bool
    ) -> tuple[str, str | None]:
        """An X of the plan as done (✓), late (◷) or pending (X), by the milestones that
        fall in its month; an X no milestone explains stays an X."""
        if not marked:
            return "", None
        statuses = [
            self.status[m.id]
            for m in measure.realisation
            if self.plan.grid_slot(m) == (kind, month)
        ]
        if "overdue" in statuses:
            return STATUS_SYMBOLS["overdue"], STATUS_FILLS["overdue"]
        if statuses and all(s in ("done", "dropped") for s in statuses):
            return STATUS_SYMBOLS["done"], STATUS_FILLS["done"]
        return "X", None


# the grid keeps the main report's width
assert sum(COLUMNS_CM) <= PUBLISHED_WIDTH_CM + 0.01
