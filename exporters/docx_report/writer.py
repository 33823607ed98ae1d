"""Map the plan model onto a Word document: one function per part of the published layout.

Title page, table of contents, chapter 1 (the inspectorates' points and the general
response), a chapter per improvement point (analysis, objective, measure list, measure
tables), the closing chapter, and the planning grid with a table per calendar year.
Headings carry their published numbers (1, 2, 2.1, ...) on Word's heading styles.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from plancheck import words
from plancheck.exporters.docx_report import ooxml, speedups, styles
from plancheck.exporters.docx_report.merge import Leaf, Merged, Op, merge
from plancheck.exporters.docx_report.template import text_width
from plancheck.exporters.docx_report.tracked import (
    Changes,
    Comparison,
    Marks,
    author_of,
    date_of,
    interleave,
)
from plancheck.markup import MAX_FOOTNOTE_REFERENCES, Block, ListBlock, Run, parse
from plancheck.model import (
    Chapter,
    GridRow,
    ImprovementPoint,
    Measure,
    Milestone,
    Part,
    Plan,
    month_text,
)
from plancheck.wording import MONTH_ABBREVIATIONS  # noqa: F401  (re-exported: the Dutch month names)

if TYPE_CHECKING:  # plancheck.diff is imported where a --compare or a version table needs it
    from plancheck.diff import ItemRenamed, TextChanged, ValueChanged
    from plancheck.model import SectionKind  # a type only (plancheck.model)

# What a text of the report is in the diff: (entity, id, field, part) of its TextChanged,
# or (entity, id, "name", None) for the title of a measure or improvement point (renamed).
Key = tuple[str, str, str, str | None]

_P, _VAL = qn("w:p"), qn("w:val")
VERSION_WIDTHS_CM = (2.2, 2.2, 4.8, 6.8)  # Versie, Datum, Reden, Wijzigingen (of 16 cm)
T = TypeVar("T")
# Tables are as wide as the text (page width minus margins): 16 cm in the published
# layout, whatever a template's page gives. The label columns keep their published width
# where there is room, and shrink in proportion on a narrower page.
PUBLISHED_WIDTH_CM = 16.0
GRID_LABEL_CM = 2.8
# a grid label's width estimated from its characters (9 pt, bold or italic) and the cell's
# margins: 'Maatregel 3.1' fits the published 2.8 cm, 'evaluatiemoment' needs more
GRID_LABEL_CHAR_CM = 0.18
GRID_LABEL_PADDING_CM = 0.4
GRID_LABEL_MAX_CHARS = 24
HEADER_COLUMNS_CM = (6.0, 6.0, 4.0)
NUMBER_TAB_CM = 1.0


# CT_PPrBase's children after w:tabs (ECMA-376 part 1, 17.3.1.26).
_PPR_AFTER_TABS = (
    "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
    "pPrChange",
)  # fmt: skip


@dataclass
class TocEntry:
    level: int
    number: str
    title: str
    bookmark: str
    page: int | None = None


@dataclass
class _State:
    toc: list[TocEntry] = field(default_factory=list)
    bookmark_id: int = 100
    measure_anchors: dict[str, str] = field(default_factory=dict)


def measure_anchor(measure_id: str) -> str:
    return "maatregel_" + measure_id.replace(".", "_")


class ReportWriter:
    """Writes one plan into one python-docx Document."""

    def __init__(
        self,
        plan: Plan,
        doc: Document,
        toc_pages: Sequence[int | None] | None,
        *,
        draft: bool = False,
        compare: Comparison | None = None,
    ) -> None:
        self.draft = draft  # placeholder page numbers, for the layout pass
        self.plan = plan
        self.doc = doc
        self.state = _State()
        self.toc_pages = toc_pages
        self._styles: dict[str, Any] = {}
        self._toc_stops: dict[str, list[tuple[str, int, str | None]]] = {}
        self.width = int(text_width(doc).twips)  # twips between the margins
        self.footnotes = ooxml.Footnotes(
            doc,
            self._style(styles.FOOTNOTE_TEXT).style_id,
            self._style(styles.FOOTNOTE_REFERENCE).style_id,
        )
        self._sect_pr = doc.element.body.sectPr
        self._grid_templates: dict[tuple[bool, bool, bool], tuple[Any, Any]] = {}
        self._footnote_text = {f.id: f.text for f in plan.footnotes}
        self._notes_made: dict[str, tuple[str, int]] = {}  # footnote id: (bookmark, number)
        self._references = 0
        for measure in plan.measures:
            self.state.measure_anchors[measure.id] = measure_anchor(measure.id)
        # --compare: the changes since then, as tracked changes (tracked.py, merge.py)
        self.changes: Changes | None = None
        if compare is not None:
            marks = Marks(author_of(plan), date_of(plan), self._next_id)
            self.changes = Changes(compare, marks)
            old_notes = {f.id: f.text for f in compare.old.footnotes}
            self._footnote_text = {**old_notes, **self._footnote_text}
        self._quiet = 0  # inside content inserted or deleted as a whole: no word changes in it
        self._deleting = 0  # inside deleted content: no TOC entries, no bookmarks

    # -- document ---------------------------------------------------------------------------
    def write(self) -> list[TocEntry]:
        self._page_setup()
        self._title_page()
        self._versions()
        toc_paragraphs = self._toc_placeholder()
        chapter = 1
        self._introduction(chapter)
        # with --compare, the chapters' numbers in the old plan: a number that changed is
        # deleted and inserted; a deleted chapter keeps its old number and takes no new one
        old = self.changes.old if self.changes is not None else None
        was = {p.id: n for n, p in enumerate(old.improvement_points if old else (), start=2)}
        was_closing = 2 + len(was) if old is not None and old.closing is not None else None
        was_planning = 2 + len(was) + (was_closing is not None) if old is not None else None
        for point, gone in self._points():
            if gone:
                with self._whole("delete"):
                    self._improvement_point(point, was[point.id])
                continue
            chapter += 1
            with self._whole("insert" if self._added("improvement-point", point.id) else None):
                self._improvement_point(point, chapter, was.get(point.id))
        closing = self._closing_change()
        if self.plan.closing is not None:
            chapter += 1
            with self._whole("insert" if closing == "added" else None):
                self._closing(chapter, self.plan.closing, was_closing)
        elif closing == "removed" and old is not None and old.closing is not None:
            with self._whole("delete"):
                self._closing(was_closing or chapter + 1, old.closing)
        chapter += 1
        self._planning(chapter, was_planning)
        self._fill_toc(toc_paragraphs)
        return self.state.toc

    def _page_setup(self) -> None:
        """The running header on every page but the title page (and on even pages too, where
        a template has headers of their own for them). The page itself was set up with the
        document (template.py): A4 with the published margins, or the template's."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        self._running_header(section.header)
        if self.doc.settings.odd_and_even_pages_header_footer:
            self._running_header(section.even_page_header)

    def _widths(self, *published_cm: float) -> list[int]:
        """Column widths (twips) for a table that the published layout gives these widths
        (cm, adding up to 16): as wide as the text, in the same proportions."""
        return ooxml.split_width(self.width, published_cm)

    def _label_widths(self, label_cm: float, columns: int) -> list[int]:
        """A label column (its published width, or less on a page narrower than 16 cm) and
        `columns` equal columns that share the rest of the text width."""
        label = min(int(Cm(label_cm).twips), self.width * label_cm // PUBLISHED_WIDTH_CM)
        return [int(label), *[(self.width - int(label)) // columns] * columns]

    def _running_header(self, header: object) -> None:
        """Three columns as published: the running header, municipalities and code, date and
        'Blad: X van Y' with PAGE and NUMPAGES fields."""
        doc = self.plan.document
        table = header.add_table(1, 3, Twips(self.width))  # type: ignore[attr-defined]
        ooxml.set_cell_width(table, self._widths(*HEADER_COLUMNS_CM))
        left, middle, right = table.rows[0].cells
        self._cell_lines(left, list(doc.running_header))
        self._cell_lines(middle, [self.plan.municipalities_line(), doc.code])
        date = doc.version_date.strftime("%d-%m-%Y")
        self._cell_lines(right, [f"{self.plan.labels['date']} {date}"])
        page = right.add_paragraph()
        self._set_style(page, styles.HEADER)
        page.add_run(f"{self.plan.labels['page']} ")
        ooxml.add_field(page, "PAGE", "1")
        page.add_run(f" {self.plan.labels['page_of']} ")
        ooxml.add_field(page, "NUMPAGES", "1")
        for cell in (left, middle, right):
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(8)
        # A header ends with a paragraph (Word requires one after a table). Where the header
        # had nothing but its own empty paragraph, that one goes below the table, 1 pt high,
        # so the running header starts at the header's top as published; a template's own
        # header content (a logo, an address) stays above it.
        first = header.paragraphs[0]  # type: ignore[attr-defined]
        first.paragraph_format.space_after = Pt(0)
        if first._p.getnext() is table._tbl and not first._p.xpath("./w:r | ./w:hyperlink"):
            table._tbl.addnext(first._p)
            first.paragraph_format.space_before = Pt(0)
            first.paragraph_format.line_spacing = Pt(1)

    def _cell_lines(self, cell: _Cell, lines: list[str]) -> None:
        """Lines of the page header, where Word has no footnotes (footnote-nesting)."""
        first = True
        for line in lines:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            self._set_style(paragraph, styles.HEADER)
            self._inline(paragraph, line, notes=False)
            first = False

    def _title_page(self) -> None:
        doc = self.plan.document
        labels = self.plan.labels
        title = self._paragraph(styles.TITLE)
        self._inline(title, doc.title, key=("document", "", "title", None))

        def day(iso: str) -> str:
            return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")

        lines: list[tuple[str, str, Callable[[str], str]]] = [
            (self.plan.municipalities_line(), "municipalities", lambda v: f"{labels['municipalities']} {v}"),
            (doc.code, "code", str),
            (f"{labels['date']} {day(doc.version_date.isoformat())}", "version_date", lambda v: f"{labels['date']} {day(v)}"),
        ]  # fmt: skip
        for line, name, old in lines:
            paragraph = self._paragraph(styles.SUBTITLE)
            change = self._value("document", "", name)
            if change is None:
                self._inline(paragraph, line)
            else:
                self._words(paragraph, old(change.old), line)
        self._page_break()

    # -- version table --------------------------------------------------------------------------
    def _versions(self) -> None:
        """'Versiebeheer' after the title page, once the plan has revisions after the
        published one: a table of every version (date, reason, the milestones it changed) on
        a page of its own before the table of contents. With --compare, a version added
        since then is an inserted row (the whole table, if it is new)."""
        plan = self.plan
        revisions = plan.revisions
        if len(revisions) < 2:
            return
        labels = plan.labels
        changes = self._active()
        new_table = changes is not None and len(changes.old.revisions) < 2
        with self._whole("insert" if new_table else None):
            heading = self._paragraph(styles.TOC_HEADING)
            self._inline(heading, labels["versions"])
            table = self._table(1 + len(revisions), 4)
            self._set_style(table, styles.TABLE_GRID)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            ooxml.set_cell_width(table, self._widths(*VERSION_WIDTHS_CM))
            ooxml.table_description(table, labels["versions"])
            rows = list(table.rows)
            ooxml.row_properties(rows[0], header=True)
            heads = ("version", "version_date", "version_reason", "version_changes")
            for cell, name in zip(rows[0].cells, heads, strict=True):
                ooxml.shade(cell, "D9E2F3")
                paragraph = self._cell_paragraph(cell, True)
                self._inline(paragraph, labels[name], bold=True)
            from plancheck.exporters.docx_report import versions

            notes = versions.notes(plan, changes.diff if changes is not None else None)
            for row, revision in zip(rows[1:], revisions, strict=True):
                ooxml.row_properties(row)
                version, date, reason, changed = row.cells
                self._cell_paragraph(version, True).add_run(revision.version)
                self._cell_paragraph(date, True).add_run(revision.date.strftime("%d-%m-%Y"))
                self._inline(self._cell_paragraph(reason, True), revision.reason)
                for i, note in enumerate(notes.get(revision.version, ())):
                    paragraph = self._cell_paragraph(changed, i == 0)
                    paragraph.add_run(note.subject)
                    if note.detail:
                        paragraph.add_run().add_break()
                        speedups.add_run(paragraph._p, note.detail, italic=True)
                added = changes is not None and revision.version in changes.revisions_added
                if added and changes is not None and not new_table:
                    changes.marks.everything([row._tr], "insert")
            self._page_break()

    # -- table of contents --------------------------------------------------------------------
    def _toc_placeholder(self) -> Paragraph:
        heading = self._paragraph(styles.TOC_HEADING)
        self._inline(heading, self.plan.document.contents_title)
        anchor = self._paragraph(styles.TOC[0])
        return anchor

    def _fill_toc(self, anchor: Paragraph) -> None:
        """The TOC field with a cached result: the entries with their page numbers, so that
        readers see it on opening (LibreOffice shows the cached result; Word too, until the
        field is updated). Page numbers come from the rendering pass (layout.py)."""
        entries = self.state.toc
        pages = list(self.toc_pages or [])
        paragraphs: list[Paragraph] = [anchor]
        for _ in entries[1:]:
            element = OxmlElement("w:p")
            paragraphs[-1]._p.addnext(element)
            paragraphs.append(Paragraph(element, anchor._parent))
        paragraphs = paragraphs[: len(entries)]
        names: list[str] = []
        for i, (paragraph, entry) in enumerate(zip(paragraphs, entries, strict=False)):
            style = styles.TOC[min(entry.level, 2) - 1]
            self._set_style(paragraph, style)
            self._toc_tabs(paragraph, style)
            names.append(style)
            entry.page = 0 if self.draft else pages[i] if i < len(pages) else None
        if not paragraphs:
            return
        ooxml.field_begin(paragraphs[0], 'TOC \\o "1-2" \\h \\z \\u')
        # a TOC style in italics (level 2, as published) italicises the title only: the
        # number and the page number stand upright (looked up once per style)
        italic = {name: self._italic(self._style(name)) for name in set(names)}
        for paragraph, entry, name in zip(paragraphs, entries, names, strict=False):
            link = ooxml.internal_link(paragraph, entry.bookmark)
            upright = False if italic[name] else None
            link.add_run(f"{entry.number}\t").italic = upright
            speedups.add_run(link._p, entry.title)
            page = link.add_run("\t" + (str(entry.page) if entry.page is not None else ""))
            page.italic = upright
        ooxml.field_end(paragraphs[-1])
        self._page_break(after=paragraphs[-1])

    @staticmethod
    def _italic(style: Any) -> bool:
        """Whether a paragraph style (or one it is based on) sets italics."""
        while style is not None:
            if style.font.italic is not None:
                return bool(style.font.italic)
            style = style.base_style
        return False

    def _toc_tabs(self, paragraph: Paragraph, style_name: str) -> None:
        """The entry's tab stops in the entry itself, as Word writes a TOC: a left one 1 cm
        after its indent, where the title follows the number, and a right one with dot
        leaders at the end of the text for the page number. A template's TOC style may
        have neither (a custom stop clears the default ones before it), or a right stop
        for another page width: its stops beyond the text are cleared."""
        stops = self._toc_stops.get(style_name)
        if stops is None:
            stops = self._toc_stops[style_name] = self._toc_stops_of(style_name)
        tabs = OxmlElement("w:tabs")
        for kind, position, leader in stops:
            tab = OxmlElement("w:tab")
            tab.set(qn("w:val"), kind)
            if leader:
                tab.set(qn("w:leader"), leader)
            tab.set(qn("w:pos"), str(position))
            tabs.append(tab)
        ppr = paragraph._p.get_or_add_pPr()
        ppr.insert_element_before(tabs, *(f"w:{t}" for t in _PPR_AFTER_TABS))

    def _toc_stops_of(self, style_name: str) -> list[tuple[str, int, str | None]]:
        """The tab stops of a TOC entry in this style (the same for every entry)."""
        style: Any = self._style(style_name)
        beyond: set[int] = set()
        indent: int | None = None
        while style is not None:
            ppr = style.element.find(qn("w:pPr"))
            for tab in [] if ppr is None else ppr.findall(f"{qn('w:tabs')}/{qn('w:tab')}"):
                position = int(tab.get(qn("w:pos"), "0"))
                if tab.get(qn("w:val")) != "clear" and position > self.width:
                    beyond.add(position)
            ind = None if ppr is None else ppr.find(qn("w:ind"))
            if indent is None and ind is not None:
                start = ind.get(qn("w:left")) or ind.get(qn("w:start"))
                indent = int(start) if start is not None else None
            style = style.base_style
        stops: list[tuple[str, int, str | None]] = [("clear", p, None) for p in sorted(beyond)]
        stops.append(("left", (indent or 0) + int(Cm(NUMBER_TAB_CM).twips), None))
        stops.append(("right", self.width, "dot"))
        return stops

    # -- chapters -----------------------------------------------------------------------------
    def _heading(
        self,
        level: int,
        number: str | None,
        text: str,
        *,
        toc: bool = True,
        page_break: bool = False,
        key: Key | None = None,
        suffix: str = "",
        was: str | None = None,
    ) -> Paragraph:
        """A heading; `was`: its number in the old plan (--compare), if it had one."""
        if page_break:
            self._page_break()
        paragraph = self._paragraph(styles.HEADING[level - 1])
        changes = self._active()
        if number and changes is not None and was is not None and was != number:
            changes.marks.run(paragraph.add_run(f"{was}\t")._r, "delete")
            changes.marks.run(paragraph.add_run(f"{number}\t")._r, "insert")
        elif number:
            speedups.add_run(paragraph._p, f"{number}\t")
        self._inline(paragraph, text, key=key, suffix=suffix)
        if toc and number and not self._deleting:
            self.state.bookmark_id += 1
            name = f"_Toc{self.state.bookmark_id:08d}"
            ooxml.bookmark(paragraph, name, self.state.bookmark_id)
            plain = "".join(r.text for r in self._runs(text) if r.footnote is None)
            self.state.toc.append(TocEntry(level, number, plain, name))
        return paragraph

    def _introduction(self, chapter: int) -> None:
        intro = self.plan.introduction
        self._heading(1, str(chapter), intro.title, key=("introduction", "", "title", None))
        self._heading(
            3,
            None,
            intro.points_heading,
            toc=False,
            key=("introduction", "", "points_heading", None),
        )
        for point, gone in self._points():
            with self._whole(self._op(gone, "improvement-point", point.id)):
                paragraph = self._paragraph()
                speedups.add_run(paragraph._p, f"{self.plan.labels['point']} {point.id}. ")
                self._inline(
                    paragraph,
                    point.inspectorate_wording,
                    key=("improvement-point", point.id, "inspectorate_wording", None),
                )
        self._heading(
            3,
            None,
            intro.response.heading,
            toc=False,
            key=("introduction", "", "response.heading", None),
        )
        self._blocks(self.doc, intro.response.text, key=("introduction", "", "response", None))

    def _improvement_point(
        self, point: ImprovementPoint, chapter: int, was: int | None = None
    ) -> None:
        ident = point.id

        def key(field: str, part: str | None = None) -> Key:
            return ("improvement-point", ident, field, part)

        def then(kind: SectionKind | None = None) -> str | None:
            """The heading's number in the old plan (None: not in it)."""
            if was is None:
                return None
            if kind is None:
                return str(was)
            section = old.section(kind) if old else None
            return f"{was}.{section.number}" if section else None

        old = self._old_point(ident)
        number = {s.kind: f"{chapter}.{s.number}" for s in point.sections()}
        self._heading(1, str(chapter), point.title, page_break=True, key=key("name"), was=then())
        self._heading(3, None, point.title, toc=False, key=key("name"), suffix=".")
        self._blocks(self.doc, point.statement, key=key("statement"))

        def analysis(p: ImprovementPoint, nr: str) -> None:
            assert p.analysis_title is not None
            self._heading(2, nr, p.analysis_title, key=key("analysis.title"), was=then("analysis"))
            gone_parts = self._removed("analysis-part", ident)
            for part, gone in self._interleave(
                p.analysis, old.analysis if old else (), _heading_of, gone_parts
            ):
                with self._whole(self._op(gone, "analysis-part", part.heading, ident)):
                    self._heading(3, None, part.heading, toc=False)
                    self._blocks(self.doc, part.text, key=key("analysis", part.heading))

        def objective(p: ImprovementPoint, nr: str) -> None:
            assert p.objective_title is not None and p.objective is not None
            self._heading(
                2, nr, p.objective_title, key=key("objective.title"), was=then("objective")
            )
            restated = self._paragraph()
            self._plain(restated, p.title, key=key("name"), suffix=": ")
            self._inline(restated, p.inspectorate_wording, key=key("inspectorate_wording"))
            label = self._paragraph()
            speedups.add_run(label._p, self.plan.labels["objective"], bold=True)
            label.paragraph_format.keep_with_next = True
            self._blocks(self.doc, p.objective, key=key("objective"))

        def measure_list(p: ImprovementPoint, nr: str) -> None:
            assert p.measures_title is not None
            self._heading(
                2, nr, p.measures_title, key=key("measures_title"), was=then("measure_list")
            )
            items = self._interleave(
                p.measure_list,
                old.measure_list if old else (),
                lambda i: i.number,
                self._removed("measure-list-item", ident),
            )
            for i, (item, gone) in enumerate(items):
                with self._whole(self._op(gone, "measure-list-item", item.number, ident)):
                    paragraph = self._paragraph(styles.NUMBERED)
                    paragraph.add_run(f"{item.number}.\t")
                    self._inline(paragraph, item.text, key=key("measure_list", item.number))
                    # the list stays together, with its footnotes on its page
                    paragraph.paragraph_format.keep_with_next = i < len(items) - 1

        self._optional_section(point, old, "analysis", analysis, chapter, was)
        self._optional_section(point, old, "objective", objective, chapter, was)
        self._optional_section(point, old, "measure_list", measure_list, chapter, was)
        self._heading(
            2,
            number["measures"],
            point.elaboration_title,
            key=key("elaboration_title"),
            was=then("measures"),
        )
        measures = self._interleave(
            point.measures, old.measures if old else (), _id_of, self._removed("measure", ident)
        )
        layout = self.plan.layout
        for i, (measure, gone) in enumerate(measures):
            # a table that starts a page of its own is not kept together: one longer than
            # a page would leave that page empty
            new_page = i > 0 and layout.measure_page_break
            with self._whole(self._op(gone, "measure", measure.id, ident)):
                if i:
                    # Word merges adjacent tables unless a paragraph stands between them;
                    # where each table starts a new page (layout.measure_page_break), it is
                    # a 1 pt paragraph at the head of that page.
                    spacer = self._paragraph()
                    if new_page:
                        spacer.paragraph_format.page_break_before = True
                        spacer.paragraph_format.space_after = Pt(0)
                        spacer.paragraph_format.line_spacing = Pt(1)
                    else:
                        spacer.paragraph_format.space_after = Pt(6)
                self._measure_table(measure, keep=layout.keep_tables and not new_page)

    def _optional_section(
        self,
        point: ImprovementPoint,
        old: ImprovementPoint | None,
        kind: SectionKind,
        write: Callable[[ImprovementPoint, str], None],
        chapter: int,
        was: int | None,
    ) -> None:
        """An optional section of a point's chapter, numbered by ImprovementPoint.sections().
        With --compare, a section the old plan lacked is inserted as a whole, and one the
        plan no longer has is deleted as a whole, under its old number."""
        here, then = point.section(kind), old.section(kind) if old else None
        if here is not None:
            with self._whole("insert" if old is not None and then is None else None):
                write(point, f"{chapter}.{here.number}")
        elif old is not None and then is not None and was is not None and self._active():
            with self._whole("delete"):
                write(old, f"{was}.{then.number}")

    def _closing(self, chapter: int, closing: Chapter, was: int | None = None) -> None:
        def key(field: str, part: str | None = None) -> Key:
            return ("chapter", "closing", field, part)

        old = self.changes.old.closing if self._active() and self.changes else None
        self._heading(
            1,
            str(chapter),
            closing.title,
            page_break=True,
            key=key("title"),
            was=str(was) if was is not None else None,
        )
        parts = self._interleave(
            closing.parts,
            old.parts if old else (),
            _heading_of,
            self._removed("chapter-part", "closing"),
        )
        for part, gone in parts:
            with self._whole(self._op(gone, "chapter-part", part.heading, "closing")):
                self._heading(3, None, part.heading, toc=False)
                self._blocks(self.doc, part.text, key=key("parts", part.heading))

    # -- measure tables -------------------------------------------------------------------------
    def _measure_table(self, measure: Measure, *, keep: bool = False) -> None:
        """A measure's table; `keep`: kept on one page where it fits (each row kept with
        the next), so that it moves to the next page with its heading rather than split."""
        plan = self.plan
        ident = measure.id

        def text(name: str) -> Callable[[_Cell], None]:
            value: str = getattr(measure, name)
            return lambda c: self._blocks(c, value, True, key=("measure", ident, name, None))

        own: dict[str, Callable[[_Cell], None]] = {
            "owners": lambda c: self._owners(c, measure),
            "realisation": lambda c: self._realisation(c, measure),
        }
        names = words.MEASURE_ROWS
        rows = [(plan.label(measure, name), own.get(name) or text(name)) for name in names]
        table = self._table(1 + len(rows), 2)
        self._set_style(table, styles.TABLE_GRID)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        ooxml.set_cell_width(table, self._label_widths(plan.layout.label_width, 1))
        title = f"{plan.labels['measure']} {ident}"
        ooxml.table_description(table, f"{title}: {measure.title}")
        head = table.rows[0]
        ooxml.row_properties(head, header=True)
        number_cell, title_cell = speedups.row_cells(head)
        for cell in (number_cell, title_cell):
            ooxml.shade(cell, "D9E2F3")
        number_paragraph = _first_paragraph(number_cell)
        self._set_style(number_paragraph, styles.TABLE_TEXT)
        speedups.add_run(number_paragraph._p, title, bold=True)
        anchor = self.state.measure_anchors.get(ident)
        if anchor is not None and not self._deleting:
            ooxml.bookmark(number_paragraph, anchor, self._next_id())
        title_paragraph = _first_paragraph(title_cell)
        self._set_style(title_paragraph, styles.TABLE_TEXT)
        self._inline(
            title_paragraph, measure.title, bold=True, key=("measure", ident, "name", None)
        )
        for row, (label, fill), name in zip(table.rows[1:], rows, names, strict=True):
            ooxml.row_properties(row, cant_split=not plan.layout.split_rows)
            label_cell, content_cell = speedups.row_cells(row)
            label_paragraph = _first_paragraph(label_cell)
            self._set_style(label_paragraph, styles.TABLE_TEXT)
            self._inline(label_paragraph, label, bold=True, key=self._label_key(measure, name))
            fill(content_cell)
        if keep:
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True

    def _label_key(self, measure: Measure, name: str) -> Key | None:
        """A row label comes from the measure's own labels, else from the plan's."""
        changes = self._active()
        if changes is None:
            return None
        own: Key = ("measure", measure.id, "labels", name)
        if changes.text(*own) is not None:
            return own
        return None if name in measure.labels else ("label", name, "label", None)

    def _owners(self, cell: _Cell, measure: Measure) -> None:
        first = True
        added: set[str] = set()
        refs = [(ref, False) for ref in measure.owners]
        changes = self._active()
        listed = changes.value("measure", measure.id, "owners") if changes else None
        old = changes.old.measure(measure.id) if changes else None
        if listed is not None and old is not None:
            before, after = set(listed.old.split(", ")), set(listed.new.split(", "))
            added = after - before
            refs = interleave(measure.owners, old.owners, lambda r: r.owner, before - after)
        for ref, gone in refs:
            op: Op | None = "delete" if gone else "insert" if ref.owner in added else None
            with self._whole(op, cell):
                key: Key = ("measure", measure.id, "owners", ref.owner)
                change = self._change(key)
                if change is not None:
                    merged = self._merged(change, ref.wording, in_cell=True)
                    self._emit(cell, merged, italic=True, reuse_first=first)
                else:
                    for i, leaf in enumerate(text_leaves(parse(ref.wording), True)):
                        self._leaf(cell, leaf, italic=True, reuse=first and i == 0)
            first = False

    def _realisation(self, cell: _Cell, measure: Measure) -> None:
        """'Voor 01-10-2018: text' per milestone; a milestone whose text starts with a list
        gets its wording on a line of its own ('Per direct:' and its bullets)."""
        changes = self._active()
        milestones: list[tuple[Milestone, bool]] = [(m, False) for m in measure.realisation]
        if changes is not None:
            old = changes.old.measure(measure.id)
            gone = {i for i, r in changes.milestones_removed.items() if r.measure == measure.id}
            if old is not None and gone:
                milestones = interleave(measure.realisation, old.realisation, _id_of, gone)
        first = True
        for milestone, removed in milestones:
            added = changes is not None and milestone.id in changes.milestones_added
            op: Op | None = "delete" if removed else "insert" if added else None
            with self._whole(op, cell):
                self._milestone(cell, milestone, first)
            first = False

    def _milestone(self, cell: _Cell, milestone: Milestone, first: bool) -> None:
        blocks = parse(milestone.text) if milestone.text else ()
        lead = self._cell_paragraph(cell, first)
        wording = self._change(("milestone", milestone.id, "wording", None))
        text = self._change(("milestone", milestone.id, "text", None))
        if wording is None and text is None:
            if not blocks:
                speedups.add_run(lead._p, f"{milestone.wording}.", italic=True)
                return
            head, *rest = blocks
            if isinstance(head, ListBlock):
                speedups.add_run(lead._p, f"{milestone.wording}:", italic=True)
                rest = list(blocks)
            else:
                speedups.add_run(lead._p, f"{milestone.wording}: ", italic=True)
                self._runs_into(lead, head.runs, italic=True)
            for leaf in text_leaves(rest, True):
                self._leaf(cell, leaf, italic=True, reuse=False)
            return
        # a changed wording or text: the words of each, kept, deleted and inserted
        if wording is not None:
            merged = self._merged(wording, milestone.wording, plain=True)
            self._emit(lead, merged, italic=True, inline=True)
        else:
            speedups.add_run(lead._p, milestone.wording, italic=True)
        parts = (
            self._merged(text, milestone.text or "", in_cell=True)
            if text is not None
            else _unchanged(text_leaves(blocks, True))
        )
        if not parts:
            speedups.add_run(lead._p, ".", italic=True)
        elif parts[0].leaf.style != styles.TABLE_TEXT:  # the text starts with a list
            speedups.add_run(lead._p, ":", italic=True)
            self._emit(cell, parts, italic=True)
        else:
            speedups.add_run(lead._p, ": ", italic=True)
            self._emit(cell, parts, italic=True, lead=lead)

    # -- planning grid --------------------------------------------------------------------------
    def _planning(self, chapter: int, was: int | None = None) -> None:
        planning = self.plan.planning
        self._heading(
            1,
            str(chapter),
            planning.title,
            page_break=True,
            key=("planning", "", "title", None),
            was=str(was) if was is not None else None,
        )
        months = planning.months
        for year in planning.years:
            year_months = [m for m in months if m[0] == year]
            self._grid_table(year, year_months)
            # Word merges adjacent tables unless a paragraph stands between them; the last
            # one is kept tiny so that a full page does not spill an empty page.
            spacer = self._paragraph()
            spacer.paragraph_format.space_after = Pt(0)
            spacer.paragraph_format.space_before = Pt(0)
            spacer.paragraph_format.line_spacing = Pt(1) if year == planning.years[-1] else None

    def _grid_rows(self) -> list[tuple[Measure, GridRow, Op | None]]:
        """The measures of the grid, in order, with their rows; with --compare, the removed
        measures' old rows too (deleted) and the added measures' rows inserted."""
        plan = self.plan
        rows = {row.measure: row for row in plan.planning.rows}
        changes = self._active()
        if changes is None:
            return [(m, rows[m.id], None) for m in plan.measures if m.id in rows]
        old_rows = {row.measure: row for row in changes.old.planning.rows}
        gone = changes.removed_anywhere("measure") & set(old_rows)
        out: list[tuple[Measure, GridRow, Op | None]] = []
        for measure, removed in interleave(plan.measures, changes.old.measures, _id_of, gone):
            if removed:
                out.append((measure, old_rows[measure.id], "delete"))
            elif measure.id in rows:
                added = changes.added("measure", measure.id, measure.point_id)
                out.append((measure, rows[measure.id], "insert" if added else None))
        return out

    def _grid_table(self, year: int, months: list[tuple[int, int]]) -> None:
        plan = self.plan
        measures = self._grid_rows()
        changes = self._active()
        table = self._table(2 + 2 * len(measures), 1 + len(months))
        self._set_style(table, styles.TABLE_GRID)
        label_width, *month_widths = self._label_widths(self._grid_label_cm(measures), 12)
        ooxml.set_cell_width(table, [label_width, *month_widths[: len(months)]])
        ooxml.table_description(table, f"{plan.planning.title} {year}")
        table_rows = list(table.rows)  # indexing table.rows rebuilds the row list each time
        year_row, month_row = table_rows[0], table_rows[1]
        for row in (year_row, month_row):
            ooxml.row_properties(row, header=True)
            for cell in speedups.row_cells(row):
                ooxml.shade(cell, "D9E2F3")
        year_cells, month_cells = speedups.row_cells(year_row), speedups.row_cells(month_row)
        self._grid_text(year_cells[0], str(year), bold=True, center=False)
        for cell, month in zip(month_cells[1:], months, strict=True):
            self._grid_text(cell, plan.month_abbreviations[month[1] - 1], bold=True)
        self._grid_text(month_cells[0], "", bold=True)
        label = plan.labels["measure"]
        for i, (measure, grid_row, op) in enumerate(measures):
            work, evaluation = table_rows[2 + 2 * i], table_rows[3 + 2 * i]
            for row in (work, evaluation):
                ooxml.row_properties(row)
            # row.cells walks the whole row each time: take each row's cells once
            work_cells, evaluation_cells = speedups.row_cells(work), speedups.row_cells(evaluation)
            self._grid_text(work_cells[0], f"{label} {measure.id}", center=False)
            self._grid_text(
                evaluation_cells[0], plan.labels["evaluation_row"], center=False, italic=True
            )
            for kind, cells in (("work", work_cells), ("evaluation", evaluation_cells)):
                marked: tuple[tuple[int, int], ...] = getattr(grid_row, kind)
                moved = changes.grid(measure.id, kind) if changes and op is None else None
                for j, month in enumerate(months):
                    if moved is None:
                        text, fill = self._grid_mark(measure, kind, month, month in marked)
                        self._grid_text(cells[1 + j], text)
                        if fill is not None:
                            ooxml.shade(cells[1 + j], fill)
                        continue
                    name = month_text(month)
                    was = name in moved.removed
                    mark = self._grid_text(cells[1 + j], "X" if month in marked or was else "")
                    if mark is not None and changes is not None:
                        kind_of: Op = (
                            "insert" if name in moved.added else "delete" if was else "equal"
                        )
                        changes.marks.run(mark, kind_of)
            if op is not None and changes is not None:
                changes.marks.everything([work._tr, evaluation._tr], op)

    def _grid_label_cm(self, measures: list[tuple[Measure, GridRow, Op | None]]) -> float:
        """The grid's label column: the published 2.8 cm, or wider where a label needs it, so
        that no word of a label ('evaluatiemoment', 'Maatregel 2.3.1') breaks inside; at most
        a third of the published width (longer labels wrap at their spaces)."""
        labels = [f"{self.plan.labels['measure']} {m.id}" for m, _, _ in measures]
        labels.append(self.plan.labels["evaluation_row"])
        words = [word for label in labels for word in label.split()]
        whole = max(len(label) for label in labels)
        longest = max((len(word) for word in words), default=0)
        wanted = GRID_LABEL_CHAR_CM * max(longest, min(whole, GRID_LABEL_MAX_CHARS))
        return max(GRID_LABEL_CM, wanted + GRID_LABEL_PADDING_CM)

    def _grid_mark(
        self, measure: Measure, kind: str, month: tuple[int, int], marked: bool
    ) -> tuple[str, str | None]:
        """What a grid cell shows, and its shading: an X where the plan marks the month.
        The progress report marks each X done, late or pending instead."""
        return ("X" if marked else ""), None

    def _grid_text(
        self,
        cell: _Cell,
        text: str,
        *,
        bold: bool = False,
        center: bool = True,
        italic: bool = False,
    ) -> Any:
        """One grid cell: Table Text, no space after, centred (X marks), 9 pt.

        A year's grid has (measures x 2 + 2) x 13 cells; setting each property through
        python-docx's proxies took half of a small export, so the cell's paragraph and run
        properties are copied from elements built once."""
        key = (center, bold, italic)
        templates = self._grid_templates.get(key)
        if templates is None:
            style = self._style(styles.TABLE_TEXT).style_id
            jc = '<w:jc w:val="center"/>' if center else ""
            ppr = parse_xml(
                f'<w:pPr {nsdecls("w")}><w:pStyle w:val="{style}"/>'
                f'<w:spacing w:after="0"/>{jc}</w:pPr>'
            )
            rpr = parse_xml(
                f"<w:rPr {nsdecls('w')}>{'<w:b/>' if bold else ''}{'<w:i/>' if italic else ''}"
                '<w:sz w:val="18"/></w:rPr>'
            )
            templates = self._grid_templates[key] = (ppr, rpr)
        ppr, rpr = templates
        tc = cell._tc
        p = tc.find(_P)
        p.insert(0, ppr.__deepcopy__(None))  # lxml's copy, without the copy module's memo
        speedups.sub(speedups.cell_properties(tc), "w:vAlign").set(_VAL, "center")
        if not text:
            return None
        run = speedups.sub(p, "w:r")
        run.append(rpr.__deepcopy__(None))
        speedups.sub(run, "w:t").text = text
        return run

    # -- text -----------------------------------------------------------------------------------
    def _next_id(self) -> int:
        self.state.bookmark_id += 1
        return self.state.bookmark_id

    def _page_break(self, after: Paragraph | None = None) -> None:
        if after is not None:
            after.add_run().add_break(WD_BREAK.PAGE)
            return
        self._paragraph().add_run().add_break(WD_BREAK.PAGE)

    @staticmethod
    def _runs(text: str) -> list[Run]:
        blocks = parse(text)
        if not blocks:
            return []
        head = blocks[0]
        return list(head.runs) if not isinstance(head, ListBlock) else []

    def _inline(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        notes: bool = True,
        key: Key | None = None,
        suffix: str = "",
    ) -> None:
        """One-line Markdown (emphasis, footnote references) into a paragraph; with --compare
        and a change to the text (`key`), its words kept, deleted and inserted. Without
        `notes` (a footnote's own text, the page header) a footnote reference is written as
        its plain marker."""
        change = self._change(key)
        if change is not None:
            merged = self._merged(change, text, inline=True)
            self._emit(paragraph, merged, bold=bold, italic=italic, inline=True)
            if suffix:
                self._runs_into(paragraph, [Run(suffix)], bold=bold, italic=italic)
            return
        text += suffix
        for block in parse(text):
            if isinstance(block, ListBlock):
                self._runs_into(paragraph, [Run(text)], bold=bold, italic=italic, notes=notes)
            else:
                self._runs_into(paragraph, block.runs, bold=bold, italic=italic, notes=notes)

    def _plain(self, paragraph: Paragraph, text: str, *, key: Key, suffix: str = "") -> None:
        """Text that is not Markdown (a milestone's wording, a title before ': ')."""
        change = self._change(key)
        if change is None:
            speedups.add_run(paragraph._p, f"{text}{suffix}")
            return
        self._emit(paragraph, self._merged(change, text, plain=True), inline=True)
        paragraph.add_run(suffix)

    def _runs_into(
        self,
        paragraph: Paragraph,
        runs: Sequence[Run],
        *,
        bold: bool = False,
        italic: bool = False,
        notes: bool = True,
    ) -> None:
        for run in runs:
            if run.footnote is not None and not notes:
                # Word has no footnote inside a footnote or in the header (footnote-nesting
                # reports it; with --force the marker stands): never follow the reference, so
                # a footnote that refers to itself cannot recurse
                paragraph.add_run(f"[^{run.footnote}]")
                continue
            if run.footnote is not None:
                self._footnote(paragraph, run.footnote)
                continue
            if run.line_break:
                paragraph.add_run().add_break()
                continue
            target = paragraph
            if run.measure is not None and run.measure in self.state.measure_anchors:
                target = ooxml.internal_link(paragraph, self.state.measure_anchors[run.measure])
            speedups.add_run(
                target._p, run.text, bold=bold or run.bold, italic=italic or run.italic
            )

    def _footnote(self, paragraph: Paragraph, footnote: str) -> None:
        """A footnote's first reference makes the note; a later one refers to that note's
        number (Word's cross-reference to a footnote), so a note's text is written once and
        the report grows with the plan, not with references times the note's length."""
        self._references += 1
        if self._references > MAX_FOOTNOTE_REFERENCES:  # footnote-limit; never forced
            raise ValueError(
                f"more than {MAX_FOOTNOTE_REFERENCES:,} footnote references, the most a Word "
                "report holds"
            )
        made = self._notes_made.get(footnote)
        if made is not None:
            self.footnotes.again(paragraph, *made)
            return
        name = f"_RefNote{self._next_id():08d}"
        note = self.footnotes.add(paragraph, (name, self.state.bookmark_id))
        self._notes_made[footnote] = (name, self.footnotes.last)
        self._inline(
            note,
            self._footnote_text.get(footnote, footnote),
            notes=False,
            key=("footnote", footnote, "text", None),
        )

    def _cell_paragraph(self, cell: _Cell, first: bool) -> Paragraph:
        paragraph: Paragraph = _first_paragraph(cell) if first else cell.add_paragraph()
        self._set_style(paragraph, styles.TABLE_TEXT)
        return paragraph

    def _blocks(
        self, container: object, text: str, italic: bool = False, key: Key | None = None
    ) -> None:
        in_cell = isinstance(container, _Cell)
        change = self._change(key)
        if change is not None:
            merged = self._merged(change, text, in_cell=in_cell)
            self._emit(container, merged, italic=italic, reuse_first=in_cell)
            return
        for i, leaf in enumerate(text_leaves(parse(text), in_cell)):
            self._leaf(container, leaf, italic=italic, reuse=in_cell and i == 0)

    def _leaf(self, container: object, leaf: Leaf, *, italic: bool, reuse: bool) -> Paragraph:
        paragraph = self._new_paragraph(container, leaf.style, reuse)
        if leaf.number is not None:
            paragraph.add_run(leaf.number).italic = italic or None
        if leaf.indent is not None:
            paragraph.paragraph_format.left_indent = Cm(0.63 * (leaf.indent + 1))
        self._runs_into(paragraph, leaf.runs, italic=italic)
        if leaf.sized:
            self._table_size(paragraph)
        return paragraph

    def _table_size(self, paragraph: Paragraph) -> None:
        """List styles follow Normal; in a table their text has the table's size."""
        size = self._style(styles.TABLE_TEXT).font.size
        paragraph.paragraph_format.line_spacing = 1.0
        for r in paragraph._p.iter(qn("w:r")):  # runs inside links (measure references) too
            DocxRun(r, paragraph).font.size = size

    # -- tracked changes (--compare) ------------------------------------------------------------
    def _active(self) -> Changes | None:
        """The changes to show, unless the writer is inside content inserted or deleted as a
        whole (its words are not compared again)."""
        return self.changes if self._quiet == 0 else None

    def _change(self, key: Key | None) -> TextChanged | ItemRenamed | None:
        changes = self._active()
        if key is None or changes is None:
            return None
        return changes.text(*key)

    def _value(self, entity: str, ident: str, name: str) -> ValueChanged | None:
        changes = self._active()
        return changes.value(entity, ident, name) if changes is not None else None

    def _added(self, entity: str, ident: str, parent: str | None = None) -> bool:
        changes = self._active()
        return changes is not None and changes.added(entity, ident, parent)

    def _removed(self, entity: str, parent: str | None = None) -> set[str]:
        changes = self._active()
        return changes.removed(entity, parent) if changes is not None else set()

    def _op(self, gone: bool, entity: str, ident: str, parent: str | None = None) -> Op | None:
        """How an item of a list stands: deleted, inserted or (None) neither as a whole."""
        if gone:
            return "delete"
        return "insert" if self._added(entity, ident, parent) else None

    def _interleave(
        self, new: Sequence[T], old: Sequence[T], key: Callable[[T], str], removed: set[str]
    ) -> list[tuple[T, bool]]:
        if not removed:
            return [(item, False) for item in new]
        return interleave(new, old, key, removed)

    def _points(self) -> list[tuple[ImprovementPoint, bool]]:
        return self._interleave(
            self.plan.improvement_points,
            self._old_points(),
            _id_of,
            self._removed("improvement-point"),
        )

    def _old_points(self) -> Sequence[ImprovementPoint]:
        return self.changes.old.improvement_points if self.changes is not None else ()

    def _old_point(self, ident: str) -> ImprovementPoint | None:
        if self._active() is None:
            return None
        return next((p for p in self._old_points() if p.id == ident), None)

    def _closing_change(self) -> str | None:
        if self._added("chapter", "closing"):
            return "added"
        return "removed" if "closing" in self._removed("chapter") else None

    @contextlib.contextmanager
    def _whole(self, op: Op | None, cell: _Cell | None = None) -> Iterator[None]:
        """Everything written inside is inserted or deleted as a whole (op None: nothing):
        a measure, a milestone, an owner, a part; written in the body, or in `cell`."""
        changes = self._active()
        if op is None or op == "equal" or changes is None:
            yield
            return
        body = self.doc.element.body
        tc = cell._tc if cell is not None else None
        before: set[Any] = set()
        empty: set[Any] = set()
        if tc is not None:
            before = set(tc.iter(qn("w:p"), qn("w:r"), qn("w:tr")))
            empty = {p for p in tc.iter(qn("w:p")) if p.find(qn("w:r")) is None}
            last = None
        else:
            last = self._sect_pr.getprevious() if self._sect_pr is not None else body[-1]
        self._quiet += 1
        self._deleting += op == "delete"
        try:
            yield
        finally:
            self._quiet -= 1
            self._deleting -= op == "delete"
        if tc is not None:
            made = [
                e
                for e in tc.iter(qn("w:p"), qn("w:r"), qn("w:tr"))
                if e not in before or (e in empty and e.find(qn("w:r")) is not None)
            ]
            changes.marks.everything(made, op)
            paragraphs = tc.findall(qn("w:p"))
            if paragraphs and paragraphs[-1] in made:
                changes.marks.end_of_cell(paragraphs)
            return
        made = []
        element = last.getnext() if last is not None else body[0]
        while element is not None and element is not self._sect_pr:
            made.append(element)
            element = element.getnext()
        changes.marks.everything(made, op)

    def _merged(
        self,
        change: TextChanged | ItemRenamed,
        text: str,
        *,
        in_cell: bool = False,
        inline: bool = False,
        plain: bool = False,
    ) -> list[Merged]:
        """The text's paragraphs with the change's words (merge.py), laid out as the text
        is: as blocks (in the body or a cell), on one line (`inline`), or as plain text."""

        def leaves(value: str) -> list[Leaf]:
            if plain:
                return [Leaf(styles.TABLE_TEXT, (Run(value),))] if value else []
            if inline:
                return inline_leaves(value)
            return text_leaves(parse(value), in_cell)

        return merge(change.old, leaves(change.old), text, leaves(text), change.words)

    def _words(self, paragraph: Paragraph, old: str, new: str) -> None:
        """A one-line value that changed (the municipalities, the code, the date)."""
        from plancheck.diff import word_diff

        merged = merge(old, inline_leaves(old), new, inline_leaves(new), word_diff(old, new))
        self._emit(paragraph, merged, inline=True)

    def _emit(
        self,
        container: object,
        merged: Sequence[Merged],
        *,
        bold: bool = False,
        italic: bool = False,
        reuse_first: bool = False,
        lead: Paragraph | None = None,
        inline: bool = False,
    ) -> None:
        """Write merged paragraphs: into `container` (with `inline`, all into the paragraph
        `container`; with `lead`, the first into `lead`), marking their pieces and marks."""
        changes = self.changes
        assert changes is not None
        for i, part in enumerate(merged):
            paragraph: Paragraph
            if inline:
                paragraph = cast(Paragraph, container)
            elif lead is not None and i == 0:
                paragraph = lead
            else:
                paragraph = self._new_paragraph(container, part.leaf.style, reuse_first and i == 0)
                if part.leaf.indent is not None:
                    paragraph.paragraph_format.left_indent = Cm(0.63 * (part.leaf.indent + 1))
            for run, op in _coalesced(part.pieces):
                self._piece(paragraph, run, op, bold=bold, italic=italic)
            if part.leaf.sized and paragraph is not lead and not inline:
                self._table_size(paragraph)
            if not inline:
                changes.marks.paragraph(paragraph._p, part.mark)

    def _piece(self, paragraph: Paragraph, run: Run, op: Op, *, bold: bool, italic: bool) -> None:
        """One run of a changed text, inside w:ins or w:del unless kept."""
        changes = self.changes
        assert changes is not None
        if run.footnote is not None:
            self._footnote(paragraph, run.footnote)
            # the reference's run, also where it stands inside a field (a footnote referenced
            # again is a NOTEREF field)
            changes.marks.run(list(paragraph._p.iter(qn("w:r")))[-1], op)
            return
        if run.line_break:
            added = paragraph.add_run()
            added.add_break()
            changes.marks.run(added._r, op)
            return
        target = paragraph
        anchor = self.state.measure_anchors.get(run.measure) if run.measure is not None else None
        if anchor is not None:
            target = ooxml.internal_link(paragraph, anchor)
        added = target.add_run(run.text)
        if bold or run.bold:
            added.bold = True
        if italic or run.italic:
            added.italic = True
        changes.marks.run(added._r, op)

    def _new_paragraph(self, container: object, style: str, reuse_first: bool) -> Paragraph:
        paragraph: Paragraph
        if reuse_first and isinstance(container, _Cell):
            paragraph = _first_paragraph(container)
        elif container is self.doc:
            return self._paragraph(style)
        else:
            paragraph = cast(Any, container).add_paragraph()
        self._set_style(paragraph, style)
        return paragraph

    # python-docx inserts each body paragraph and table before the section properties by
    # scanning the body's children, which makes a long document quadratic (measured: 175 s
    # for 1,000 measures). Inserting next to the known sectPr element is constant time.
    def _append(self, element: object) -> None:
        if self._sect_pr is not None:
            self._sect_pr.addprevious(element)
        else:
            self.doc.element.body.append(element)

    def _paragraph(self, style: str | None = None) -> Paragraph:
        element = OxmlElement("w:p")
        self._append(element)
        paragraph = Paragraph(element, self.doc._body)
        if style is not None:
            self._set_style(paragraph, style)
        return paragraph

    def _table(self, rows: int, cols: int) -> Table:
        element = CT_Tbl.new_tbl(rows, cols, Twips(self.width))
        self._append(element)
        return Table(element, self.doc._body)

    def _set_style(self, item: Paragraph | Table, name: str) -> None:
        """Set a style by id. python-docx's `.style = ` setter searches every style for the
        default one on each call (about 1 ms), which dominated large exports."""
        style_id = self._style(name).style_id
        if isinstance(item, Table):
            item._tbl.tblStyle_val = style_id
        else:
            speedups.set_paragraph_style(item._p, style_id)

    def _style(self, name: str) -> Any:
        """Styles by name, looked up once (python-docx searches the styles part each time)."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = styles.get(self.doc, name)
        return style


def _first_paragraph(cell: _Cell) -> Paragraph:
    """`cell.paragraphs[0]`, without a proxy for each of the cell's paragraphs."""
    return Paragraph(cell._tc.find(_P), cell)


def text_leaves(blocks: Sequence[Block], in_cell: bool, level: int = 0) -> list[Leaf]:
    """The paragraphs a text is laid out in: body or table text, bullets (the "o" of the
    running text, round ones in tables), continued list paragraphs, numbered items."""
    out: list[Leaf] = []
    for block in blocks:
        if not isinstance(block, ListBlock):
            style = styles.TABLE_TEXT if in_cell else styles.NORMAL
            out.append(Leaf(style, block.runs, line=block.line))
            continue
        for n, item in enumerate(block.items, start=block.start):
            for k, sub in enumerate(item):
                if isinstance(sub, ListBlock):
                    out += text_leaves((sub,), in_cell, level + 1)
                elif block.ordered:
                    number = f"{n}.\t" if k == 0 else None
                    leaf = Leaf(styles.NUMBERED, sub.runs, number, level, in_cell, k == 0, sub.line)
                    out.append(leaf)
                else:
                    bullets = styles.BULLET if in_cell else styles.BODY_BULLET
                    style = (bullets if k == 0 else styles.CONTINUE)[min(level, 2)]
                    out.append(Leaf(style, sub.runs, sized=in_cell, item=k == 0, line=sub.line))
    return out


def inline_leaves(text: str) -> list[Leaf]:
    """A one-line text as `_inline` writes it (a list is written as its source)."""
    return [
        Leaf(styles.NORMAL, (Run(text),) if isinstance(block, ListBlock) else block.runs)
        for block in parse(text)
    ]


def _id_of(item: Measure | Milestone | ImprovementPoint) -> str:
    return item.id


def _heading_of(part: Part) -> str:
    return part.heading


def _unchanged(leaves: Sequence[Leaf]) -> list[Merged]:
    """Paragraphs of a text that did not change, as merged paragraphs (all kept)."""
    out: list[Merged] = []
    for leaf in leaves:
        number: tuple[tuple[Run, Op], ...] = ((Run(leaf.number), "equal"),) if leaf.number else ()
        out.append(Merged(leaf, (*number, *((run, "equal") for run in leaf.runs)), "equal"))
    return out


def _coalesced(pieces: Sequence[tuple[Run, Op]]) -> list[tuple[Run, Op]]:
    """Neighbouring pieces of one kind and one formatting as one run."""
    out: list[tuple[Run, Op]] = []
    for run, op in pieces:
        if out and not (run.footnote or run.line_break):
            last, last_op = out[-1]
            same = (last.italic, last.bold, last.measure) == (run.italic, run.bold, run.measure)
            if last_op == op and same and not (last.footnote or last.line_break):
                out[-1] = (Run(last.text + run.text, run.italic, run.bold, None, run.measure), op)
                continue
        out.append((run, op))
    return out


def version_datetime(plan: Plan) -> dt.datetime:
    date = plan.document.version_date
    return dt.datetime(date.year, date.month, date.day, 12, 0, 0)


def core_properties(plan: Plan, doc: Document) -> None:
    props = doc.core_properties
    document = plan.document
    props.title = document.title
    props.subject = " / ".join(document.running_header)
    props.author = document.author or plan.municipalities_line()
    props.last_modified_by = props.author
    props.language = document.language
    props.identifier = document.code
    props.keywords = ", ".join(document.inspectorates)
    props.version = plan.revisions[-1].version
    props.revision = len(plan.revisions)
    props.created = version_datetime(plan)
    props.modified = version_datetime(plan)
    props.last_printed = version_datetime(plan)
    props.comments = ""
    props.category = ""
