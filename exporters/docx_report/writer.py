"""Map the plan model onto a Word document: one function per part of the published layout.

Title page, table of contents, chapter 1 (the inspectorates' points and the general
response), a chapter per improvement point (analysis, objective, measure list, measure
tables), the closing chapter, and the planning grid with a table per calendar year.
Headings carry their published numbers (1, 2, 2.1, ...) on Word's heading styles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any, cast

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from plancheck.exporters.docx_report import ooxml, styles
from plancheck.markup import Block, ListBlock, Run, parse
from plancheck.model import ImprovementPoint, Measure, Milestone, Plan
from plancheck.wording import MONTH_ABBREVIATIONS  # re-exported: the grid's month names

TABLE_WIDTH_CM = 16.0
LABEL_WIDTH_CM = 5.0
GRID_LABEL_CM = 2.8


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
        own_page_setup: bool = True,
        draft: bool = False,
    ) -> None:
        self.draft = draft  # placeholder page numbers, for the layout pass
        self.own_page_setup = own_page_setup
        self.plan = plan
        self.doc = doc
        self.state = _State()
        self.toc_pages = toc_pages
        self.footnotes = ooxml.Footnotes(doc, styles.FOOTNOTE_TEXT, styles.FOOTNOTE_REFERENCE)
        self._sect_pr = doc.element.body.sectPr
        self._styles: dict[str, Any] = {}
        self._grid_templates: dict[tuple[bool, bool, bool], tuple[Any, Any]] = {}
        self._footnote_text = {f.id: f.text for f in plan.footnotes}
        for measure in plan.measures:
            self.state.measure_anchors[measure.id] = measure_anchor(measure.id)

    # -- document ---------------------------------------------------------------------------
    def write(self) -> list[TocEntry]:
        self._page_setup()
        self._title_page()
        toc_paragraphs = self._toc_placeholder()
        chapter = 1
        self._introduction(chapter)
        for point in self.plan.improvement_points:
            chapter += 1
            self._improvement_point(point, chapter)
        if self.plan.closing is not None:
            chapter += 1
            self._closing(chapter)
        chapter += 1
        self._planning(chapter)
        self._fill_toc(toc_paragraphs)
        return self.state.toc

    def _page_setup(self) -> None:
        """A4 with the published margins; a --template keeps its own page setup."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        self._running_header(section.header)
        if not self.own_page_setup:
            return
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = Cm(3.2)
        section.bottom_margin = Cm(2.2)
        section.header_distance = Cm(1.0)
        section.footer_distance = Cm(1.0)

    def _running_header(self, header: object) -> None:
        """Three columns as published: the running header, municipalities and code, date and
        'Blad: X van Y' with PAGE and NUMPAGES fields."""
        doc = self.plan.document
        table = header.add_table(1, 3, Cm(TABLE_WIDTH_CM))  # type: ignore[attr-defined]
        ooxml.set_cell_width(table, [6.0, 6.0, 4.0])
        left, middle, right = table.rows[0].cells
        self._cell_lines(left, list(doc.running_header))
        self._cell_lines(middle, [self.plan.municipalities_line(), doc.code])
        date = doc.version_date.strftime("%d-%m-%Y")
        self._cell_lines(right, [f"{self.plan.labels['date']} {date}"])
        page = right.add_paragraph(style=styles.HEADER)
        page.add_run(f"{self.plan.labels['page']} ")
        ooxml.add_field(page, "PAGE", "1")
        page.add_run(f" {self.plan.labels['page_of']} ")
        ooxml.add_field(page, "NUMPAGES", "1")
        for cell in (left, middle, right):
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(8)
        # the header's own first paragraph stays empty below the table
        first = header.paragraphs[0]  # type: ignore[attr-defined]
        first.paragraph_format.space_after = Pt(0)

    def _cell_lines(self, cell: _Cell, lines: list[str]) -> None:
        first = True
        for line in lines:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            self._set_style(paragraph, styles.HEADER)
            self._inline(paragraph, line)
            first = False

    def _title_page(self) -> None:
        doc = self.plan.document
        title = self._paragraph(styles.TITLE)
        self._inline(title, doc.title)
        for line in (
            self.plan.municipalities_line(),
            doc.code,
            f"{self.plan.labels['date']} {doc.version_date.strftime('%d-%m-%Y')}",
        ):
            self._inline(self._paragraph(styles.SUBTITLE), line)
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
        for i, (paragraph, entry) in enumerate(zip(paragraphs, entries, strict=False)):
            self._set_style(paragraph, styles.TOC[min(entry.level, 2) - 1])
            entry.page = 0 if self.draft else pages[i] if i < len(pages) else None
        if not paragraphs:
            return
        ooxml.field_begin(paragraphs[0], 'TOC \\o "1-2" \\h \\z \\u')
        for paragraph, entry in zip(paragraphs, entries, strict=False):
            link = ooxml.internal_link(paragraph, entry.bookmark)
            link.add_run(f"{entry.number}\t{entry.title}")
            link.add_run("\t" + (str(entry.page) if entry.page is not None else ""))
        ooxml.field_end(paragraphs[-1])
        self._page_break(after=paragraphs[-1])

    # -- chapters -----------------------------------------------------------------------------
    def _heading(
        self,
        level: int,
        number: str | None,
        text: str,
        *,
        toc: bool = True,
        page_break: bool = False,
    ) -> Paragraph:
        if page_break:
            self._page_break()
        paragraph = self._paragraph(styles.HEADING[level - 1])
        if number:
            paragraph.add_run(f"{number}\t")
        self._inline(paragraph, text)
        if toc and number:
            self.state.bookmark_id += 1
            name = f"_Toc{self.state.bookmark_id:08d}"
            ooxml.bookmark(paragraph, name, self.state.bookmark_id)
            plain = "".join(r.text for r in self._runs(text) if r.footnote is None)
            self.state.toc.append(TocEntry(level, number, plain, name))
        return paragraph

    def _introduction(self, chapter: int) -> None:
        intro = self.plan.introduction
        self._heading(1, str(chapter), intro.title)
        self._heading(3, None, intro.points_heading, toc=False)
        for point in self.plan.improvement_points:
            paragraph = self._paragraph()
            paragraph.add_run(f"{self.plan.labels['point']} {point.id}. ")
            self._inline(paragraph, point.inspectorate_wording)
        self._heading(3, None, intro.response.heading, toc=False)
        self._blocks(self.doc, intro.response.text)

    def _improvement_point(self, point: ImprovementPoint, chapter: int) -> None:
        self._heading(1, str(chapter), point.title, page_break=True)
        self._heading(3, None, f"{point.title}.", toc=False)
        self._blocks(self.doc, point.statement)
        self._heading(2, f"{chapter}.1", point.analysis_title)
        for part in point.analysis:
            self._heading(3, None, part.heading, toc=False)
            self._blocks(self.doc, part.text)
        self._heading(2, f"{chapter}.2", point.objective_title)
        restated = self._paragraph()
        restated.add_run(f"{point.title}: ")
        self._inline(restated, point.inspectorate_wording)
        label = self._paragraph()
        label.add_run(self.plan.labels["objective"]).bold = True
        label.paragraph_format.keep_with_next = True
        self._blocks(self.doc, point.objective)
        self._heading(2, f"{chapter}.3", point.measures_title)
        for i, item in enumerate(point.measure_list):
            paragraph = self._paragraph(styles.NUMBERED)
            paragraph.add_run(f"{item.number}.\t")
            self._inline(paragraph, item.text)
            # the list stays together, with its footnotes on its page
            paragraph.paragraph_format.keep_with_next = i < len(point.measure_list) - 1
        self._heading(2, f"{chapter}.4", point.elaboration_title, page_break=True)
        for i, measure in enumerate(point.measures):
            if i:
                # Word merges adjacent tables unless a paragraph stands between them.
                spacer = self._paragraph()
                spacer.paragraph_format.space_after = Pt(6)
            self._measure_table(measure)

    def _closing(self, chapter: int) -> None:
        closing = self.plan.closing
        assert closing is not None
        self._heading(1, str(chapter), closing.title, page_break=True)
        for part in closing.parts:
            self._heading(3, None, part.heading, toc=False)
            self._blocks(self.doc, part.text)

    # -- measure tables -------------------------------------------------------------------------
    def _measure_table(self, measure: Measure) -> None:
        plan = self.plan
        rows: list[tuple[str, Callable[[_Cell], None]]] = [
            (
                plan.label(measure, "explanation"),
                lambda c: self._blocks(c, measure.explanation, True),
            ),
            (plan.label(measure, "kind"), lambda c: self._blocks(c, measure.kind, True)),
            (plan.label(measure, "owners"), lambda c: self._owners(c, measure)),
            (plan.label(measure, "involved"), lambda c: self._blocks(c, measure.involved, True)),
            (plan.label(measure, "result"), lambda c: self._blocks(c, measure.result, True)),
            (
                plan.label(measure, "realisation"),
                lambda c: self._realisation(c, measure.realisation),
            ),
            (plan.label(measure, "embedding"), lambda c: self._blocks(c, measure.embedding, True)),
            (
                plan.label(measure, "success_factors"),
                lambda c: self._blocks(c, measure.success_factors, True),
            ),
            (
                plan.label(measure, "client_perspective"),
                lambda c: self._blocks(c, measure.client_perspective, True),
            ),
        ]
        table = self._table(1 + len(rows), 2)
        self._set_style(table, styles.TABLE_GRID)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        ooxml.set_cell_width(table, [LABEL_WIDTH_CM, TABLE_WIDTH_CM - LABEL_WIDTH_CM])
        title = f"{plan.labels['measure']} {measure.id}"
        ooxml.table_description(table, f"{title}: {measure.title}")
        head = table.rows[0]
        ooxml.row_properties(head, header=True)
        number_cell, title_cell = head.cells
        for cell in (number_cell, title_cell):
            ooxml.shade(cell, "D9E2F3")
        number_paragraph = number_cell.paragraphs[0]
        self._set_style(number_paragraph, styles.TABLE_TEXT)
        number_paragraph.add_run(title).bold = True
        ooxml.bookmark(number_paragraph, self.state.measure_anchors[measure.id], self._next_id())
        title_paragraph = title_cell.paragraphs[0]
        self._set_style(title_paragraph, styles.TABLE_TEXT)
        self._inline(title_paragraph, measure.title, bold=True)
        for row, (label, fill) in zip(table.rows[1:], rows, strict=True):
            ooxml.row_properties(row)
            label_cell, content_cell = row.cells
            label_paragraph = label_cell.paragraphs[0]
            self._set_style(label_paragraph, styles.TABLE_TEXT)
            self._inline(label_paragraph, label, bold=True)
            fill(content_cell)

    def _owners(self, cell: _Cell, measure: Measure) -> None:
        first = True
        for ref in measure.owners:
            for block in parse(ref.wording):
                self._block(cell, block, italic=True, level=0, reuse_first=first)
                first = False

    def _realisation(self, cell: _Cell, milestones: Sequence[Milestone]) -> None:
        """'Voor 01-10-2018: text' per milestone; a milestone whose text starts with a list
        gets its wording on a line of its own ('Per direct:' and its bullets)."""
        first = True
        for milestone in milestones:
            blocks = parse(milestone.text) if milestone.text else ()
            lead = self._cell_paragraph(cell, first)
            first = False
            if not blocks:
                lead.add_run(f"{milestone.wording}.").italic = True
                continue
            head, *rest = blocks
            if isinstance(head, ListBlock):
                lead.add_run(f"{milestone.wording}:").italic = True
                rest = list(blocks)
            else:
                lead.add_run(f"{milestone.wording}: ").italic = True
                self._runs_into(lead, head.runs, italic=True)
            for block in rest:
                self._block(cell, block, italic=True, level=0, reuse_first=False)

    # -- planning grid --------------------------------------------------------------------------
    def _planning(self, chapter: int) -> None:
        planning = self.plan.planning
        self._heading(1, str(chapter), planning.title, page_break=True)
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

    def _grid_table(self, year: int, months: list[tuple[int, int]]) -> None:
        plan = self.plan
        rows = {row.measure: row for row in plan.planning.rows}
        measures = [m for m in plan.measures if m.id in rows]
        table = self._table(2 + 2 * len(measures), 1 + len(months))
        self._set_style(table, styles.TABLE_GRID)
        width = (TABLE_WIDTH_CM - GRID_LABEL_CM) / 12
        ooxml.set_cell_width(table, [GRID_LABEL_CM] + [width] * len(months))
        ooxml.table_description(table, f"{plan.planning.title} {year}")
        table_rows = list(table.rows)  # indexing table.rows rebuilds the row list each time
        year_row, month_row = table_rows[0], table_rows[1]
        for row in (year_row, month_row):
            ooxml.row_properties(row, header=True)
            for cell in row.cells:
                ooxml.shade(cell, "D9E2F3")
        self._grid_text(year_row.cells[0], str(year), bold=True, center=False)
        for cell, month in zip(month_row.cells[1:], months, strict=True):
            self._grid_text(cell, MONTH_ABBREVIATIONS[month[1] - 1], bold=True)
        self._grid_text(month_row.cells[0], "", bold=True)
        label = plan.labels["measure"]
        for i, measure in enumerate(measures):
            grid_row = rows[measure.id]
            work, evaluation = table_rows[2 + 2 * i], table_rows[3 + 2 * i]
            for row in (work, evaluation):
                ooxml.row_properties(row)
            # row.cells walks the whole row each time: take each row's cells once
            work_cells, evaluation_cells = work.cells, evaluation.cells
            self._grid_text(work_cells[0], f"{label} {measure.id}", center=False)
            self._grid_text(
                evaluation_cells[0], plan.labels["evaluation_row"], center=False, italic=True
            )
            for j, month in enumerate(months):
                self._grid_text(work_cells[1 + j], "X" if month in grid_row.work else "")
                self._grid_text(
                    evaluation_cells[1 + j], "X" if month in grid_row.evaluation else ""
                )

    def _grid_text(
        self,
        cell: _Cell,
        text: str,
        *,
        bold: bool = False,
        center: bool = True,
        italic: bool = False,
    ) -> None:
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
        p = cell._tc.p_lst[0]
        p.insert(0, deepcopy(ppr))
        tcpr = cell._tc.get_or_add_tcPr()
        valign = OxmlElement("w:vAlign")
        valign.set(qn("w:val"), "center")
        tcpr.append(valign)
        if text:
            run = OxmlElement("w:r")
            run.append(deepcopy(rpr))
            t = OxmlElement("w:t")
            t.text = text
            run.append(t)
            p.append(run)

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
        self, paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False
    ) -> None:
        """One-line Markdown (emphasis, footnote references) into a paragraph."""
        for block in parse(text):
            if isinstance(block, ListBlock):
                self._runs_into(paragraph, [Run(text)], bold=bold, italic=italic)
            else:
                self._runs_into(paragraph, block.runs, bold=bold, italic=italic)

    def _runs_into(
        self, paragraph: Paragraph, runs: Sequence[Run], *, bold: bool = False, italic: bool = False
    ) -> None:
        for run in runs:
            if run.footnote is not None:
                note = self.footnotes.add(paragraph)
                self._inline(note, self._footnote_text.get(run.footnote, run.footnote))
                continue
            if run.line_break:
                paragraph.add_run().add_break()
                continue
            target = paragraph
            if run.measure is not None and run.measure in self.state.measure_anchors:
                target = ooxml.internal_link(paragraph, self.state.measure_anchors[run.measure])
            added = target.add_run(run.text)
            if bold or run.bold:
                added.bold = True
            if italic or run.italic:
                added.italic = True

    def _cell_paragraph(self, cell: _Cell, first: bool) -> Paragraph:
        paragraph: Paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        self._set_style(paragraph, styles.TABLE_TEXT)
        return paragraph

    def _blocks(self, container: object, text: str, italic: bool = False) -> None:
        in_cell = isinstance(container, _Cell)
        for i, block in enumerate(parse(text)):
            self._block(container, block, italic=italic, level=0, reuse_first=in_cell and i == 0)

    def _block(
        self, container: object, block: Block, *, italic: bool, level: int, reuse_first: bool
    ) -> None:
        in_cell = isinstance(container, _Cell)
        if isinstance(block, ListBlock):
            for n, item in enumerate(block.items, start=block.start):
                for k, sub in enumerate(item):
                    if isinstance(sub, ListBlock):
                        self._block(
                            container, sub, italic=italic, level=level + 1, reuse_first=False
                        )
                        continue
                    if block.ordered:
                        paragraph = self._new_paragraph(container, styles.NUMBERED, reuse_first)
                        if k == 0:
                            paragraph.add_run(f"{n}.\t").italic = italic or None
                        paragraph.paragraph_format.left_indent = Cm(0.63 * (level + 1))
                    else:
                        bullets = styles.BULLET if in_cell else styles.BODY_BULLET
                        style = (bullets if k == 0 else styles.CONTINUE)[min(level, 2)]
                        paragraph = self._new_paragraph(container, style, reuse_first)
                    reuse_first = False
                    self._runs_into(paragraph, sub.runs, italic=italic)
                    if in_cell:
                        self._table_size(paragraph)
            return
        style = styles.TABLE_TEXT if in_cell else styles.NORMAL
        paragraph = self._new_paragraph(container, style, reuse_first)
        self._runs_into(paragraph, block.runs, italic=italic)

    def _table_size(self, paragraph: Paragraph) -> None:
        """List styles follow Normal; in a table their text has the table's size."""
        size = self._style(styles.TABLE_TEXT).font.size
        for r in paragraph._p.iter(qn("w:r")):  # runs inside links (measure references) too
            DocxRun(r, paragraph).font.size = size

    def _new_paragraph(self, container: object, style: str, reuse_first: bool) -> Paragraph:
        paragraph: Paragraph
        if reuse_first and isinstance(container, _Cell):
            paragraph = container.paragraphs[0]
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
        element = CT_Tbl.new_tbl(rows, cols, Cm(TABLE_WIDTH_CM))
        self._append(element)
        return Table(element, self.doc._body)

    def _set_style(self, item: Paragraph | Table, name: str) -> None:
        """Set a style by id. python-docx's `.style = ` setter searches every style for the
        default one on each call (about 1 ms), which dominated large exports."""
        style_id = self._style(name).style_id
        if isinstance(item, Table):
            item._tbl.tblStyle_val = style_id
        else:
            item._p.style = style_id

    def _style(self, name: str) -> Any:
        """Styles by name, looked up once (python-docx searches the styles part each time)."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.doc.styles[name]
        return style


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
