"""The Word report (issue 5), checked the way its readers meet it.

The published plan (tests/fixtures/plan-2018-08-31.yaml, copied in as plan.yaml) is exported
once per session through the command line, as a user runs it
(`plancheck export docx plan.yaml -o verbeterplan.docx`), then:

- read back with python-docx and its XML (headings, measure tables, planning grid,
  footnotes, styles, properties, the TOC field);
- converted to PDF by LibreOffice headless and read with poppler (pdfinfo, pdftotext, word
  boxes from `pdftotext -bbox-layout`): the pages the TOC prints, footnotes at the foot of
  their page, the running header, the X marks under their months, and the published wording
  (../shared/tools/fidelity.py against the published text);
- snapshots of a few pages go to tests/artifacts/ for a person to look at.

The behaviour tests (reproducible bytes, text from the model, --template, refused plans and
outputs) run the command line with `--toc-pages none`, which needs no LibreOffice.
Expected values come from the plan model where the report is built from it, and from the
published document (../shared/seeds/) where the test is about fidelity to it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx_report_helpers import (
    LIBREOFFICE_HINT,
    POPPLER_HINT,
    Page,
    Word,
    find_sequence,
    norm,
    on,
    pdf_page_count,
    pdf_pages_text,
    pdf_words,
    run_plancheck,
    snapshot,
    text_of,
    to_pdf,
)
from lxml import etree
from support import (
    ARTIFACTS,
    PUBLISHED,
    edited_plan,
    line_of,
    missing,
    require_shared,
    require_tool,
)

from plancheck.engine import check_file
from plancheck.exporters.docx_report.writer import MONTH_ABBREVIATIONS
from plancheck.model import Plan
from plancheck.texts import plan_texts

# The published table of contents (../shared/seeds/000_*.txt): number, title, page.
PUBLISHED_TOC = (
    ("1", "Wat is de probleemstelling", 3),
    ("2", "Verbeterpunt 1", 5),
    ("2.1", "Probleemanalyse", 5),
    ("2.2", "Doelstelling t.a.v. verbeterpunt 1", 8),
    ("2.3", "Maatregelen", 8),
    ("2.4", "Uitwerking van de maatregelen", 9),
    ("3", "Verbeterpunt 2", 17),
    ("3.1", "Probleemanalyse", 17),
    ("3.2", "Doelstelling t.a.v. verbeterpunt 2", 18),
    ("3.3", "Maatregelen", 18),
    ("3.4", "Uitwerking van de maatregelen", 18),
    ("4", "Overig", 21),
    ("5", "Planning", 22),
)
PUBLISHED_PAGES = 22
# The nine row labels of a measure table as published; measures 3.2 and 8 say
# "Realisatie/ tijdsperiode" (plan.yaml keeps that through their own labels).
PUBLISHED_LABELS = (
    "Toelichting maatregel",
    "Soort maatregel",
    "Verantwoordelijke persoon",
    "Overige betrokkenen",
    "Resultaat/ opbrengst",
    "Realisatie/ tijdperiode",
    "Inbedding in werkwijze",
    "Kritische succesfactoren",
    "Cliëntperspectief",
)
LABEL_FIELDS = (
    "explanation",
    "kind",
    "owners",
    "involved",
    "result",
    "realisation",
    "embedding",
    "success_factors",
    "client_perspective",
)
PUBLISHED_HEADER = (
    "Verbeterplan Inspectie",
    "Casusonderzoek Zeeland",
    "Gemeenten Middelburg, Vlissingen, Veere",
    "CSG53BED47F",
    "Datum: 31-08-2018",
)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FIDELITY_FLOOR = 0.98
SEED_MARKDOWN = "seeds/000_ed4dd25332d4ebf9.txt"
TOP_MARGIN_PT = 3.2 / 2.54 * 72  # the running header lives above this line
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSMAP = {"w": W_NS}


# -- fixtures -------------------------------------------------------------------------------------
@dataclass
class Export:
    docx: Path
    pdf: Path
    stderr: str
    doc: Document
    parts: dict[str, bytes]
    texts: list[str]  # pdftotext -layout, per page
    pages: list[Page]  # word boxes, per page
    page_count: int  # pdfinfo

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])


@pytest.fixture(scope="module")
def plan() -> Plan:
    result = check_file(PUBLISHED)
    assert result.plan is not None, result.findings
    return result.plan


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Export:
    """The published plan exported once, as a user runs it, and converted to PDF once."""
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    require_tool("pdfinfo", POPPLER_HINT)
    tmp = tmp_path_factory.mktemp("docx-report")
    target = tmp / "verbeterplan.docx"
    project = edited_plan(tmp / "project").parent  # the published plan, as plan.yaml
    result = run_plancheck("export", "docx", "plan.yaml", "-o", target, cwd=project)
    assert result.returncode == 0, result.stderr
    assert target.is_file()
    pdf = to_pdf(target, tmp, tmp / "lo-profile")
    with zipfile.ZipFile(target) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    return Export(
        docx=target,
        pdf=pdf,
        stderr=result.stderr,
        doc=docx.Document(str(target)),
        parts=parts,
        texts=pdf_pages_text(pdf),
        pages=pdf_words(pdf),
        page_count=pdf_page_count(pdf),
    )


def plain(markdown: str) -> str:
    """A one-line plan text as the report prints it: footnote markers gone."""
    return re.sub(r"\[\^[^\]]+\]", "", markdown)


def expected_headings(plan: Plan) -> list[tuple[str, str]]:
    """(number, title) of every numbered heading, in the order the writer builds them."""
    out = [("1", plain(plan.introduction.title))]
    chapter = 1
    for point in plan.improvement_points:
        chapter += 1
        out.append((str(chapter), point.title))
        for sub, title in enumerate(
            (point.analysis_title, point.objective_title, point.measures_title),
            start=1,
        ):
            out.append((f"{chapter}.{sub}", title))
        out.append((f"{chapter}.4", point.elaboration_title))
    if plan.closing is not None:
        chapter += 1
        out.append((str(chapter), plan.closing.title))
    out.append((str(chapter + 1), plan.planning.title))
    return out


def measure_tables(doc: Document, plan: Plan) -> list:
    label = plan.labels["measure"] + " "
    return [t for t in doc.tables if t.rows[0].cells[0].text.startswith(label)]


def grid_tables(doc: Document, plan: Plan) -> dict[int, object]:
    years = {str(y): y for y in plan.planning.years}
    return {
        years[t.rows[0].cells[0].text]: t for t in doc.tables if t.rows[0].cells[0].text in years
    }


def toc_paragraphs(doc: Document) -> list:
    return [p for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]


def cell_lines(cell: object) -> list[str]:
    return [text_of(p) for p in cell._tc.iter(qn("w:p"))]  # type: ignore[attr-defined]


# -- the .docx, read back -----------------------------------------------------------------------
def test_cli_reports_the_pages_it_laid_out(export: Export) -> None:
    """The layout pass counted the same pages as the final file renders to, and said nothing
    was missing."""
    assert "Traceback" not in export.stderr
    assert "note:" not in export.stderr, export.stderr
    found = re.search(r"wrote \S+ \(([\d,]+) bytes, (\d+) pages\)", export.stderr)
    assert found, export.stderr
    assert int(found.group(1).replace(",", "")) == export.docx.stat().st_size
    assert int(found.group(2)) == export.page_count


def test_headings_are_numbered_in_published_order(export: Export, plan: Plan) -> None:
    numbered = [
        (p.style.name, p.text)
        for p in export.doc.paragraphs
        if p.style.name.startswith("Heading") and re.match(r"\d+(\.\d+)*\t", p.text)
    ]
    published = [f"{number}\t{title}" for number, title, _ in PUBLISHED_TOC]
    assert [text for _, text in numbered] == published
    assert [text for _, text in numbered] == [f"{n}\t{t}" for n, t in expected_headings(plan)]
    for style, text in numbered:
        number = text.split("\t")[0]
        assert style == f"Heading {number.count('.') + 1}", (style, text)
    assert ("Heading 1", "1\tWat is de probleemstelling") in numbered
    assert ("Heading 2", "2.1\tProbleemanalyse") in numbered


def test_heading_outline_is_sane(export: Export, plan: Plan) -> None:
    """Chapters 1..n on Heading 1; sections n.1.. on Heading 2 under their chapter; the
    unnumbered subheadings on Heading 3, inside a chapter; outline levels on the styles."""
    headings = [
        (p.style.name, p.text) for p in export.doc.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0][0] == "Heading 1", headings[0]
    chapter, section = 0, 0
    for style, text in headings:
        number = text.split("\t")[0] if "\t" in text else None
        if style == "Heading 1":
            assert number == str(chapter + 1), (style, text)
            chapter, section = chapter + 1, 0
        elif style == "Heading 2":
            assert chapter > 0, f"{text!r} before the first chapter"
            assert number == f"{chapter}.{section + 1}", (style, text)
            section += 1
        else:
            assert style == "Heading 3", (style, text)
            assert chapter > 0 and number is None, (style, text)
    chapter_one = headings[1:3]
    assert chapter_one == [
        ("Heading 3", plain(plan.introduction.points_heading)),
        ("Heading 3", plan.introduction.response.heading),
    ]
    for level, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        outline = export.doc.styles[name].element.find(f"{{{W_NS}}}pPr/{{{W_NS}}}outlineLvl")
        assert outline is not None and outline.get(qn("w:val")) == str(level), name


def test_toc_field_has_cached_entries_linked_to_headings(export: Export, plan: Plan) -> None:
    body = export.xml("word/document.xml")
    instructions = [norm(t.text or "") for t in body.iter(qn("w:instrText"))]
    assert any(i.startswith('TOC \\o "1-2"') for i in instructions), instructions
    kinds = [f.get(qn("w:fldCharType")) for f in body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("separate") == kinds.count("end") >= 1

    entries = toc_paragraphs(export.doc)
    assert len(entries) == len(PUBLISHED_TOC)
    bookmarks = {
        b.get(qn("w:name")): p
        for p in export.doc.paragraphs
        if p.style.name.startswith("Heading")
        for b in p._p.iter(qn("w:bookmarkStart"))
    }
    for paragraph, (number, title, _) in zip(entries, PUBLISHED_TOC, strict=True):
        found = re.fullmatch(r"(\S+)\t(.+)\t(\d+)", paragraph.text)
        assert found, repr(paragraph.text)
        assert (found.group(1), found.group(2)) == (number, title)
        assert paragraph.style.name == ("toc 1" if "." not in number else "toc 2")
        links = list(paragraph._p.iter(qn("w:hyperlink")))
        assert len(links) == 1, paragraph.text
        target = bookmarks.get(links[0].get(qn("w:anchor")))
        assert target is not None and target.text == f"{number}\t{title}", paragraph.text
    first, last = entries[0]._p, entries[-1]._p
    assert [f.get(qn("w:fldCharType")) for f in first.iter(qn("w:fldChar"))][:2] == [
        "begin",
        "separate",
    ]
    assert "end" in [f.get(qn("w:fldCharType")) for f in last.iter(qn("w:fldChar"))]


def test_settings_do_not_ask_to_update_fields(export: Export) -> None:
    """w:updateFields would make Word prompt on opening; the cached TOC is complete."""
    assert b"updateFields" not in export.parts["word/settings.xml"]
    assert export.xml("word/settings.xml").find(qn("w:updateFields")) is None


def test_measure_tables(export: Export, plan: Plan) -> None:
    tables = measure_tables(export.doc, plan)
    assert [t.rows[0].cells[0].text for t in tables] == [
        f"{plan.labels['measure']} {m.id}" for m in plan.measures
    ]
    assert len(tables) == 10
    for table, measure in zip(tables, plan.measures, strict=True):
        where = f"measure {measure.id}"
        assert len(table.rows) == 10 and len(table.columns) == 2, where
        head = table.rows[0].cells
        assert text_of(head[0]._tc) == f"Maatregel {measure.id}", where
        assert text_of(head[1]._tc) == measure.title, where
        labels = [text_of(row.cells[0]._tc) for row in table.rows[1:]]
        assert labels == [plan.label(measure, f) for f in LABEL_FIELDS], where
        published = list(PUBLISHED_LABELS)
        if measure.id in ("3.2", "8"):
            published[5] = "Realisatie/ tijdsperiode"
        assert labels == published, where
        # bold labels and title row, italic content (runs inside links included)
        for row_index, row in enumerate(table.rows):
            for column, cell in enumerate(row.cells):
                for run in cell._tc.iter(qn("w:r")):
                    if not text_of(run).strip():
                        continue
                    rpr = run.find(qn("w:rPr"))
                    if row_index == 0 or column == 0:
                        assert on(rpr, "w:b"), (where, row_index, text_of(run))
                    else:
                        assert on(rpr, "w:i"), (where, labels[row_index - 1], text_of(run))
        # one text size in the whole table, lists and links in cells included
        sizes = {
            effective_size(export.doc, run)
            for run in table._tbl.iter(qn("w:r"))
            if text_of(run).strip()
        }
        assert sizes == {style_size(export.doc, "Table Text")}, (where, sizes)
        # the first row never splits and repeats on a new page; the others split, as
        # published (layout.split_rows: measure 2's long row continues on the next page)
        for row_index, row in enumerate(table.rows):
            trpr = row._tr.trPr
            split = trpr is None or trpr.find(qn("w:cantSplit")) is None
            assert split == (row_index > 0), (where, row_index)
            header = trpr is not None and trpr.find(qn("w:tblHeader")) is not None
            assert header == (row_index == 0), (where, row_index)
        assert_widths(table, where)


def style_size(doc: Document, name_or_id: str) -> int | None:
    """The font size (half-points) a paragraph style resolves to, through its base styles
    and the document defaults."""
    style = next(s for s in doc.styles if name_or_id in (s.name, s.style_id))
    while style is not None:
        sz = style.element.find(f"{{{W_NS}}}rPr/{{{W_NS}}}sz")
        if sz is not None:
            return int(sz.get(qn("w:val")))
        style = style.base_style
    sz = doc.styles.element.find(
        f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr/{{{W_NS}}}sz"
    )
    return None if sz is None else int(sz.get(qn("w:val")))


def effective_size(doc: Document, run: etree._Element) -> int | None:
    """A run's font size: its own, else its paragraph style's."""
    sz = run.find(f"{{{W_NS}}}rPr/{{{W_NS}}}sz")
    if sz is not None:
        return int(sz.get(qn("w:val")))
    paragraph = next(a for a in run.iterancestors() if a.tag == qn("w:p"))
    pstyle = paragraph.find(f"{{{W_NS}}}pPr/{{{W_NS}}}pStyle")
    return style_size(doc, pstyle.get(qn("w:val")) if pstyle is not None else "Normal")


def assert_widths(table: object, where: str) -> None:
    """tblGrid (LibreOffice) and tcW (Word) both set, agreeing, filling the text width."""
    tbl = table._tbl  # type: ignore[attr-defined]
    grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid and all(w > 0 for w in grid), (where, grid)
    tblw = tbl.tblPr.find(qn("w:tblW"))
    assert tblw is not None and tblw.get(qn("w:type")) == "dxa", where
    assert abs(int(tblw.get(qn("w:w"))) - sum(grid)) <= len(grid), (where, grid)
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed", where
    for tr in tbl.findall(qn("w:tr")):
        for tc, width in zip(tr.findall(qn("w:tc")), grid, strict=True):
            tcw = tc.tcPr.find(qn("w:tcW"))
            assert tcw is not None and tcw.get(qn("w:type")) == "dxa", where
            assert int(tcw.get(qn("w:w"))) == width, (where, width)


def test_planning_tables(export: Export, plan: Plan) -> None:
    tables = grid_tables(export.doc, plan)
    assert sorted(tables) == plan.planning.years == [2018, 2019]
    measure_ids = [
        m.id for m in plan.measures if any(r.measure == m.id for r in plan.planning.rows)
    ]
    rows = {r.measure: r for r in plan.planning.rows}
    expected = {
        (r.measure, kind, month)
        for r in plan.planning.rows
        for kind, months in (("work", r.work), ("evaluation", r.evaluation))
        for month in months
    }
    found: set[tuple[str, str, tuple[int, int]]] = set()
    for year, table in tables.items():
        months = [m for m in plan.planning.months if m[0] == year]
        assert len(months) == {2018: 9, 2019: 12}[year]
        assert len(table.columns) == 1 + len(months), year
        assert len(table.rows) == 2 + 2 * len(rows), year
        headers = [text_of(c._tc) for c in table.rows[1].cells]
        assert headers == ["", *(MONTH_ABBREVIATIONS[m - 1] for _, m in months)], year
        for index, row in enumerate(table.rows):
            trpr = row._tr.trPr
            assert (trpr.find(qn("w:tblHeader")) is not None) == (index < 2), (year, index)
            assert trpr.find(qn("w:cantSplit")) is not None, (year, index)
        for i, measure_id in enumerate(measure_ids):
            work, evaluation = table.rows[2 + 2 * i], table.rows[3 + 2 * i]
            assert text_of(work.cells[0]._tc) == f"{plan.labels['measure']} {measure_id}"
            assert text_of(evaluation.cells[0]._tc) == plan.labels["evaluation_row"]
            for kind, row in (("work", work), ("evaluation", evaluation)):
                for cell, month in zip(row.cells[1:], months, strict=True):
                    text = text_of(cell._tc)
                    assert text in ("", "X"), (year, measure_id, text)
                    jc = cell._tc.find(f"{{{W_NS}}}p/{{{W_NS}}}pPr/{{{W_NS}}}jc")
                    assert jc is not None and jc.get(qn("w:val")) == "center", (measure_id, month)
                    if text == "X":
                        found.add((measure_id, kind, month))
        assert_widths(table, f"planning {year}")
    assert found == expected
    # as published (and read from the PDF, see ../shared/seeds/README.md): measure 3.2's
    # December 2019 mark is on its evaluation row
    assert ("3.2", "evaluation", (2019, 12)) in found


def test_footnotes_part(export: Export, plan: Plan) -> None:
    types = etree.fromstring(export.parts["[Content_Types].xml"])
    overrides = {o.get("PartName"): o.get("ContentType") for o in types}
    assert overrides.get("/word/footnotes.xml") == FOOTNOTES_CT
    rels = etree.fromstring(export.parts["word/_rels/document.xml.rels"])
    assert any(
        r.get("Type", "").endswith("/footnotes") and r.get("Target") == "footnotes.xml"
        for r in rels
    )
    notes = export.xml("word/footnotes.xml").findall(qn("w:footnote"))
    by_id = {n.get(qn("w:id")): n for n in notes}
    assert [n.get(qn("w:id")) for n in notes] == ["-1", "0", "1", "2", "3", "4", "5"]
    assert by_id["-1"].get(qn("w:type")) == "separator"
    assert next(by_id["-1"].iter(qn("w:separator")), None) is not None
    assert by_id["0"].get(qn("w:type")) == "continuationSeparator"
    assert next(by_id["0"].iter(qn("w:continuationSeparator")), None) is not None
    texts = [text_of(by_id[str(i)]).strip() for i in range(1, 6)]
    assert texts == [f.text for f in plan.footnotes]
    assert texts[0] == "Inspecties voor de Gezondheidszorg, Jeugdzorg en Veiligheid en Justitie."
    for i in range(1, 6):
        assert next(by_id[str(i)].iter(qn("w:footnoteRef")), None) is not None, i
    # one reference in the body per note, in order, in the superscript reference style
    body = export.xml("word/document.xml")
    references = list(body.iter(qn("w:footnoteReference")))
    assert [r.get(qn("w:id")) for r in references] == ["1", "2", "3", "4", "5"]
    style_id = export.doc.styles["footnote reference"].style_id
    for reference in references:
        rstyle = reference.getparent().find(f"{{{W_NS}}}rPr/{{{W_NS}}}rStyle")
        assert rstyle is not None and rstyle.get(qn("w:val")) == style_id
    assert export.doc.styles["footnote reference"].font.superscript is True


def test_language_and_default_font(export: Export, plan: Plan) -> None:
    styles = export.xml("word/styles.xml")
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NSMAP)
    assert lang is not None and lang.get(qn("w:val")) == plan.document.language == "nl-NL"
    normal = export.doc.styles["Normal"]
    assert normal.font.name == "Arial" and normal.font.size in (Pt(10), Pt(11))


def test_core_properties(export: Export, plan: Plan) -> None:
    props = export.doc.core_properties
    version = plan.document.version_date
    assert version == dt.date(2018, 8, 31)
    assert props.title == plan.document.title
    assert props.subject == " / ".join(plan.document.running_header)
    assert props.author == plan.document.author
    assert props.created is not None and props.created.date() == version
    assert props.modified is not None and props.modified.date() == version
    assert props.language == "nl-NL"
    assert props.identifier == plan.document.code


def test_page_setup(export: Export) -> None:
    section = export.doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert section.different_first_page_header_footer  # the title page has no running header
    header = section.header
    assert not header.is_linked_to_previous
    cells = " | ".join(text_of(c._tc) for c in header.tables[0].rows[0].cells)
    for text in PUBLISHED_HEADER:
        assert text in cells
    instructions = [norm(t.text or "") for t in header._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    first = section.first_page_header
    assert first.is_linked_to_previous or not text_of(first._element).strip()


# -- the PDF LibreOffice makes of it ------------------------------------------------------------
def heading_positions(export: Export) -> tuple[int, list[tuple[int, int]]]:
    """The TOC page, and (page, line) of each numbered heading after it."""
    toc_page = next(
        i for i, text in enumerate(export.texts) if "Inhoudsopgave" in map(norm, text.splitlines())
    )
    positions = []
    for number, title, _ in PUBLISHED_TOC:
        wanted = f"{number} {title}"
        hits = [
            (page, line)
            for page in range(toc_page + 1, len(export.texts))
            for line, text in enumerate(export.texts[page].splitlines())
            if norm(text) == wanted
        ]
        assert len(hits) == 1, f"heading {wanted!r} found at {hits}"
        positions.append(hits[0])
    return toc_page, positions


def printed_toc(export: Export, toc_page: int) -> list[tuple[str, str, int]]:
    out = []
    for line in export.texts[toc_page].splitlines():
        found = re.fullmatch(r"(\d+(?:\.\d+)*) (.+?) ?(?:\.{2,}|…+) ?(\d+)", norm(line))
        if found:
            out.append((found.group(1), found.group(2), int(found.group(3))))
    return out


def test_page_count(export: Export) -> None:
    assert len(export.texts) == len(export.pages) == export.page_count
    assert abs(export.page_count - PUBLISHED_PAGES) <= 3, export.page_count


def test_toc_page_numbers_are_the_real_pages(export: Export) -> None:
    toc_page, positions = heading_positions(export)
    assert toc_page == 1  # page 2, after the title page
    printed = printed_toc(export, toc_page)
    assert [(n, t) for n, t, _ in printed] == [(n, t) for n, t, _ in PUBLISHED_TOC]
    real = [page + 1 for page, _ in positions]
    assert [p for _, _, p in printed] == real, list(zip(printed, real, strict=True))
    cached = [int(p.text.rsplit("\t", 1)[1]) for p in toc_paragraphs(export.doc)]
    assert cached == real


def test_headings_appear_in_reading_order(export: Export) -> None:
    _, positions = heading_positions(export)
    assert positions == sorted(positions) and len(set(positions)) == len(positions), positions


def test_toc_pages_stay_near_the_published_ones(export: Export) -> None:
    """Against the published TOC (seed 000): same entries, each within two pages."""
    seed = require_shared(SEED_MARKDOWN).read_text("utf-8")
    block = seed.split("## Inhoudsopgave", 1)[1].split("\n## 1 ", 1)[0]
    published = []
    for line in block.splitlines():
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in line.split("\t")]
        if len(cells) == 3 and cells[2].isdigit():
            published.append((cells[0], cells[1], int(cells[2])))
    assert published == list(PUBLISHED_TOC)
    _, positions = heading_positions(export)
    ours = [page + 1 for page, _ in positions]
    table = [(n, p, o) for (n, _, p), o in zip(PUBLISHED_TOC, ours, strict=True)]
    assert all(abs(p - o) <= 2 for _, p, o in table), f"(number, published, ours): {table}"


def body_lines(page: Page) -> list[list[Word]]:
    return [line for line in page.lines() if line[0].y0 > TOP_MARGIN_PT]


def header_text(page: Page) -> str:
    lines = [line for line in page.lines() if max(w.y1 for w in line) < TOP_MARGIN_PT]
    return " | ".join(" ".join(w.text for w in line) for line in lines)


def test_running_header(export: Export) -> None:
    total = export.page_count
    assert header_text(export.pages[0]) == ""  # the title page
    assert "Blad:" not in export.texts[0]
    page3 = header_text(export.pages[2])
    for text in (*PUBLISHED_HEADER, f"Blad: 3 van {total}"):
        assert text in page3, (text, page3)
    for page in export.pages[1:]:
        text = header_text(page)
        assert f"Blad: {page.number} van {total}" in text, (page.number, text)
        assert all(t in text for t in PUBLISHED_HEADER), (page.number, text)


def referring_word(plan: Plan, footnote_id: str) -> str:
    words = [
        m.group(1)
        for text, _ in plan_texts(plan)
        for m in re.finditer(rf"(\w+)\[\^{re.escape(footnote_id)}\]", text)
    ]
    assert len(words) == 1, (footnote_id, words)
    return words[0]


def test_footnotes_at_the_foot_of_their_page(export: Export, plan: Plan) -> None:
    """Each note is printed on the page of its reference (a raised, smaller number right
    after the referring word), below all body text of that page, after its own number."""
    for number, note in enumerate(plan.footnotes, start=1):
        host_text = referring_word(plan, note.id)
        references = []
        for page in export.pages:
            words = page.words
            for host, mark in itertools.pairwise(words):
                if (
                    host.text.strip("'‘’“”\"(:,.") == host_text
                    and re.fullmatch(rf"{number}\W*", mark.text)
                    and 0 <= mark.x0 - host.x1 < 2
                    and mark.height < 0.8 * host.height
                    and mark.y0 < host.y0 + 0.5
                    and mark.y1 < host.y1 - 1
                ):
                    references.append((page, host))
        assert len(references) == 1, (number, host_text, references)
        page, host = references[0]
        note_words = note.text.split()[:4]
        at = find_sequence(page.words, note_words)
        assert at is not None, f"note {number} ({note_words}) is not on page {page.number}"
        first = page.words[at]
        assert first.y0 > host.y1, (number, page.number)
        body = [w for line in body_lines(page) for w in line if w.height > 1.15 * first.height]
        assert body and max(w.y1 for w in body) <= first.y0 + 0.5, (number, page.number)
        numbered = [
            w
            for w in page.words
            if w.text == str(number)
            and w.x1 <= first.x0 + 0.5
            and abs(w.y0 - first.y0) < first.height
        ]
        assert numbered, f"note {number} on page {page.number} has no number before it"


def planning_marks(export: Export, plan: Plan) -> set[tuple[str, str, tuple[int, int]]]:
    """The X marks of the grid in the PDF, each placed under the month header word whose
    x-range holds its centre, on the row whose label shares its line."""
    _, positions = heading_positions(export)
    start = positions[-1][0]  # the planning chapter's page
    years = {str(y) for y in plan.planning.years}
    month_of = {name: i + 1 for i, name in enumerate(MONTH_ABBREVIATIONS)}
    label = plan.labels["measure"]
    evaluation = plan.labels["evaluation_row"]
    marks: set[tuple[str, str, tuple[int, int]]] = set()
    for page in export.pages[start:]:
        lines = body_lines(page)
        year: int | None = None
        header: list[Word] = []
        measure: str | None = None
        for i, line in enumerate(lines):
            texts = [w.text for w in line]
            if texts[0] in years:
                year = int(texts[0])
                header = lines[i + 1]
                names = [w.text for w in header]
                expected = [
                    MONTH_ABBREVIATIONS[m - 1] for y, m in plan.planning.months if y == year
                ]
                assert names == expected, (year, names)
                continue
            if line is header or year is None:
                continue
            if texts[:1] == [label]:
                measure, kind = texts[1], "work"
            elif texts[:1] == [evaluation]:
                kind = "evaluation"
            else:
                continue
            assert measure is not None
            for word in line[1:]:
                if word.text != "X":
                    continue
                columns = [h for h in header if h.x0 <= word.cx <= h.x1]
                assert len(columns) == 1, (year, measure, kind, word, header)
                marks.add((measure, kind, (year, month_of[columns[0].text])))
            assert all(w.text == "X" for w in line[2 if kind == "work" else 1 :]), texts
    return marks


def test_planning_marks_under_their_months(export: Export, plan: Plan) -> None:
    expected = {
        (r.measure, kind, month)
        for r in plan.planning.rows
        for kind, months in (("work", r.work), ("evaluation", r.evaluation))
        for month in months
    }
    assert planning_marks(export, plan) == expected


def test_fidelity_to_the_published_wording(export: Export) -> None:
    seed = require_shared(SEED_MARKDOWN)
    tool = require_shared("tools/fidelity.py")
    result = subprocess.run(
        [sys.executable, str(tool), str(seed), str(export.pdf)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "docx-report-fidelity.txt").write_text(result.stdout, encoding="utf-8")
    found = re.search(r"^fidelity (\d\.\d+)", result.stdout, re.MULTILINE)
    assert found, result.stdout
    assert float(found.group(1)) >= FIDELITY_FLOOR, result.stdout


def test_fidelity_tool_reads_the_docx_itself(export: Export) -> None:
    """The shared tool reads a .docx with docx2python, which needs the relationships
    namespace declared on every part it walks (footnotes.xml included). Notes come last in
    its text, so the figure is a little lower than the PDF's."""
    try:
        import docx2python  # noqa: F401
    except ImportError:
        missing("docx2python", "pip install docx2python")
    result = subprocess.run(
        [
            sys.executable,
            str(require_shared("tools/fidelity.py")),
            str(require_shared(SEED_MARKDOWN)),
            str(export.docx),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r"^fidelity (\d\.\d+)", result.stdout, re.MULTILINE)
    assert found and float(found.group(1)) >= 0.97, result.stdout


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_snapshots_for_a_person_to_look_at(export: Export) -> None:
    """Pages 1 (title), 3 (chapter 1, a footnote), 9 (a measure table) and the planning page
    as PNG in tests/artifacts/; A4 at 60 dpi is 496 x 702 pixels."""
    _, positions = heading_positions(export)
    planning = positions[-1][0] + 1
    for number in (1, 3, 9, planning):
        png = snapshot(export.pdf, number, ARTIFACTS / f"docx-report-page-{number:02d}.png")
        width, height = png_size(png)
        assert abs(width - 496) <= 2 and abs(height - 702) <= 2, (png, width, height)


# -- behaviour ----------------------------------------------------------------------------------
def export_quick(tmp_path: Path, plan_path: Path | str, out: Path, *extra: str):
    return run_plancheck("export", "docx", plan_path, "-o", out, "--toc-pages", "none", *extra)


def test_reproducible_bytes_dated_from_the_version(tmp_path: Path, plan: Plan) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    for target in (first, second):
        result = export_quick(tmp_path, PUBLISHED, target)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    version = plan.document.version_date
    with zipfile.ZipFile(first) as package:
        stamps = {info.date_time for info in package.infolist()}
    assert stamps == {(version.year, version.month, version.day, 0, 0, 0)}
    assert dt.date.today() != version


def test_report_text_follows_the_model(tmp_path: Path, plan: Plan) -> None:
    """A milestone's date, its text, an owner's wording and the grid mark, changed in a
    copy of the plan (consistently, so the gate passes), change the report."""
    path = edited_plan(
        tmp_path,
        (
            '            wording: "01-01-2019"\n'
            "            text: Concrete afspraken over regie en escalatie gemaakt.\n"
            '            due: "2018-12-31"',
            '            wording: "15-11-2018"\n'
            "            text: Concrete afspraken over regie en escalatie gemaakt.\n"
            '            due: "2018-11-15"',
        ),
        ("text: Implementatie gerealiseerd.", "text: Implementatie volledig gerealiseerd."),
        (
            "wording: Walcherse gemeenten, projectleider nog te benoemen.",
            "wording: Walcherse gemeenten, projectleider Jansen.",
        ),
        (
            '- measure: "1"\n      work: ["2018-12", "2019-05"]',
            '- measure: "1"\n      work: ["2018-11", "2019-05"]',
        ),
    )
    out = tmp_path / "changed.docx"
    result = export_quick(tmp_path, path, out)
    assert result.returncode == 0, result.stderr
    doc = docx.Document(str(out))
    table = measure_tables(doc, plan)[0]
    rows = {text_of(r.cells[0]._tc): r.cells[1] for r in table.rows[1:]}
    assert cell_lines(rows["Verantwoordelijke persoon"]) == [
        "Walcherse gemeenten, projectleider Jansen."
    ]
    assert cell_lines(rows["Realisatie/ tijdperiode"]) == [
        "15-11-2018: Concrete afspraken over regie en escalatie gemaakt.",
        "01-06-2019: Implementatie volledig gerealiseerd.",
        "Doorlopend: monitoring en onderhouden van de afspraken.",
    ]
    body = text_of(doc.element.body)
    for gone in (
        "projectleider nog te benoemen",
        "01-01-2019: Concrete",
        "Implementatie gerealiseerd",
    ):
        assert gone not in body, gone
    grid = grid_tables(doc, plan)[2018]
    months = [text_of(c._tc) for c in grid.rows[1].cells]
    marks = [text_of(c._tc) for c in grid.rows[2].cells]
    assert marks[0] == "Maatregel 1"
    assert [m for m, x in zip(months, marks, strict=True) if x == "X"] == ["nov"]


def effective_font(doc: Document, style_name: str) -> str | None:
    """The ascii font a paragraph style resolves to: its own, its base styles', the
    document defaults' ("theme:..." for a theme font)."""
    style = doc.styles[style_name]
    while style is not None:
        fonts = style.element.find(f"{{{W_NS}}}rPr/{{{W_NS}}}rFonts")
        if fonts is not None:
            if fonts.get(qn("w:ascii")):
                return fonts.get(qn("w:ascii"))
            if fonts.get(qn("w:asciiTheme")):
                return "theme:" + fonts.get(qn("w:asciiTheme"))
        style = style.base_style
    defaults = doc.styles.element.find(
        f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr/{{{W_NS}}}rFonts"
    )
    if defaults is None:
        return None
    return defaults.get(qn("w:ascii")) or "theme:" + str(defaults.get(qn("w:asciiTheme")))


def test_template_supplies_the_house_style(tmp_path: Path, plan: Plan) -> None:
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    template.sections[0].header.paragraphs[0].text = "HUISSTIJL"
    template.add_paragraph("SJABLOONTEKST die niet in het rapport hoort")
    template.save(str(tmp_path / "huisstijl.docx"))
    out = tmp_path / "report.docx"
    result = export_quick(tmp_path, PUBLISHED, out, "--template", str(tmp_path / "huisstijl.docx"))
    assert result.returncode == 0, result.stderr
    doc = docx.Document(str(out))
    assert doc.styles["Normal"].font.name == "Georgia"
    # styles the template lacks are added on top of its Normal: they inherit its font
    for name in ("Table Text", "Numbered Item", "footnote text", "toc 1", "toc 2"):
        assert effective_font(doc, name) == "Georgia", name
    body = text_of(doc.element.body)
    assert "SJABLOONTEKST" not in body
    assert doc.paragraphs[0].text == plan.document.title
    header = doc.sections[0].header
    assert [p.text for p in header.paragraphs][:1] == ["HUISSTIJL"]
    running = " | ".join(text_of(c._tc) for c in header.tables[0].rows[0].cells)
    for text in PUBLISHED_HEADER:
        assert text in running
    instructions = [norm(t.text or "") for t in header._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert len(measure_tables(doc, plan)) == len(plan.measures)


def test_bad_template_is_refused_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "huisstijl.docx"
    bad.write_text("dit is geen Word-bestand\n", encoding="utf-8")
    out = tmp_path / "report.docx"
    result = export_quick(tmp_path, PUBLISHED, out, "--template", str(bad))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("plancheck: error: "), result.stderr
    assert "huisstijl.docx" in result.stderr and "not a Word .docx" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    missing = export_quick(tmp_path, PUBLISHED, out, "--template", str(tmp_path / "nergens.docx"))
    assert missing.returncode == 2 and "no such file" in missing.stderr, missing.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huisstijl.docx"]


def test_control_character_blocks_the_export_and_keeps_the_last_file(tmp_path: Path) -> None:
    path = edited_plan(
        tmp_path,
        ("text: Implementatie gerealiseerd.", 'text: "Implementatie\\u0007 gerealiseerd."'),
        name="kapot.yaml",
    )
    line = line_of(path.read_text("utf-8"), 'text: "Implementatie\\u0007')
    out = tmp_path / "verbeterplan.docx"
    out.write_bytes(b"the previous report")
    for extra in ((), ("--force",)):  # text-characters is never forced
        result = export_quick(tmp_path, path, out, *extra)
        assert result.returncode == 1, result.stderr
        assert re.search(rf"kapot\.yaml:{line}:\d+: error\[text-characters\]", result.stderr)
        assert "U+0007" in result.stderr and "nothing exported" in result.stderr
        assert "Traceback" not in result.stderr
        assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.yaml", "verbeterplan.docx"]


def test_output_folder_that_does_not_exist(tmp_path: Path) -> None:
    out = tmp_path / "nergens" / "verbeterplan.docx"
    result = export_quick(tmp_path, PUBLISHED, out)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("plancheck: error: ") and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.parent.exists()


def test_toc_pages_none_lists_entries_without_numbers(tmp_path: Path) -> None:
    """Asked for explicitly, no page numbers and no note (the note is for `auto` falling
    back); the TOC field is still there for Word to update."""
    out = tmp_path / "report.docx"
    result = export_quick(tmp_path, PUBLISHED, out)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"wrote \S+ \([\d,]+ bytes\) in [\d.]+ s\n", result.stderr), result.stderr
    doc = docx.Document(str(out))
    entries = toc_paragraphs(doc)
    assert [p.text for p in entries] == [f"{n}\t{t}\t" for n, t, _ in PUBLISHED_TOC]
    instructions = [norm(t.text or "") for t in doc.element.body.iter(qn("w:instrText"))]
    assert any(i.startswith('TOC \\o "1-2"') for i in instructions)


def test_without_libreoffice(tmp_path: Path) -> None:
    """`auto` falls back to a TOC without numbers and says why; `libreoffice` refuses."""
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    command = [sys.executable, "-m", "plancheck", "export", "docx", str(PUBLISHED), "-o"]
    auto = subprocess.run(
        [*command, str(tmp_path / "auto.docx")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert auto.returncode == 0, auto.stderr
    note = re.search(r"^note: (.*)$", auto.stderr, re.MULTILINE)
    assert note and "libreoffice-writer-nogui" in note.group(1), auto.stderr
    assert "without page numbers" in note.group(1)
    entries = toc_paragraphs(docx.Document(str(tmp_path / "auto.docx")))
    assert all(p.text.endswith("\t") for p in entries) and len(entries) == len(PUBLISHED_TOC)
    strict = subprocess.run(
        [*command, str(tmp_path / "strict.docx"), "--toc-pages", "libreoffice"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert strict.returncode == 2, strict.stderr
    assert strict.stderr.startswith("plancheck: error: ") and "soffice" in strict.stderr
    assert "without page numbers" not in strict.stderr  # nothing was written at all
    assert "Traceback" not in strict.stderr
    assert not (tmp_path / "strict.docx").exists()


def test_libreoffice_renders_the_template_header(tmp_path: Path) -> None:
    """Through LibreOffice, the template's header text and the running header both show."""
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "HUISSTIJL"
    template.save(str(tmp_path / "huisstijl.docx"))
    out = tmp_path / "report.docx"
    result = export_quick(tmp_path, PUBLISHED, out, "--template", str(tmp_path / "huisstijl.docx"))
    assert result.returncode == 0, result.stderr
    pages = pdf_words(to_pdf(out, tmp_path, tmp_path / "lo-profile"))
    text = header_text(pages[2])
    assert "HUISSTIJL" in text and f"Blad: 3 van {len(pages)}" in text, text
    assert header_text(pages[0]) == ""


def test_running_text_has_the_published_o_bullets_and_tables_round_ones(export: Export) -> None:
    """Chapter 1's response and the analysis use "o" bullets, as published; measure tables
    keep the round bullet."""
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    numbering = export.xml("word/numbering.xml")
    body = [p for p in export.doc.paragraphs if p.style.name == "Body Bullet"]
    assert body and body[0].text.startswith("Op 10 januari 2018 overhandigden")
    num_id = (
        export.doc.styles["Body Bullet"].element.find(".//w:numId", ns).get(f"{{{ns['w']}}}val")
    )
    num = numbering.find(f"w:num[@w:numId='{num_id}']", ns)
    abstract_id = num.find("w:abstractNumId", ns).get(f"{{{ns['w']}}}val")
    abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", ns)
    assert abstract.find("w:lvl[@w:ilvl='0']/w:lvlText", ns).get(f"{{{ns['w']}}}val") == "o"
    in_tables = {
        p.style.name
        for table in export.doc.tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
    }
    assert "List Bullet" in in_tables and "Body Bullet" not in in_tables
    page3 = export.texts[2]
    assert re.search(r"^\s*o\s+Op 10 januari 2018", page3, re.MULTILINE)
